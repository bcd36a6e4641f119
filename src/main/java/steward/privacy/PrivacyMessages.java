package steward.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the privacy tools; messages/privacy_zh-Hans.properties and privacy_en.properties translate them. */
@MessageBundle(value = "privacy", locale = "zh-Hant")
public interface PrivacyMessages {

    @Message("住戶資料")
    String title();

    @Message("嚴禁將客戶資料和信息隨意告知他人:匯出與刪除都會記錄於稽核紀錄。")
    String rule();

    @Message("本系統保存的紀錄")
    String held();

    @Message("{#when key}{#is 'visits'}訪客{#is 'calls'}來電{#is 'inquiries'}諮詢{#is 'complaints'}投訴{#is 'promises'}承諾{#is 'praise'}表揚{#is 'cards'}門禁卡與停車卡{#is 'audit'}查閱紀錄{#else}{key}{/when}")
    String source(String key);

    @Message("{count} 筆")
    String count(int count);

    @Message("匯出全部資料(JSON)")
    String export();

    @Message("刪除個人資料")
    String erase_title();

    @Message("僅限已遷出的住戶:姓名、電話、電子郵件、車牌等個人資料將被取代,收據與帳務紀錄保留不變。此動作無法復原。")
    String erase_notice();

    @Message("原因")
    String erase_reason();

    @Message("確認刪除個人資料")
    String erase_submit();

    @Message("此住戶的個人資料已於 {when} 刪除。")
    String erased(String when);

    @Message("此住戶尚未遷出,不能刪除個人資料。")
    String not_moved_out();

    @Message("此住戶的個人資料已經刪除。")
    String already_erased();

    @Message("請至少填寫 2 個字的原因")
    String error_reason();

    @Message("已刪除的住戶")
    String erased_name();

    @Message("返回住戶檔案")
    String back();

    @Message("{#when kind}{#is 'visits'}訪客紀錄{#is 'calls'}來電紀錄{#is 'inquiries'}諮詢紀錄{#is 'notifications'}通知{#else}{kind}{/when}:{#when verb}{#is 'deleted'}刪除{#else}匿名化{/when} {count} 筆 {before} 之前的紀錄")
    String detail_retention(String kind, String verb, long count, String before);
}
