package steward.resident;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the resident's and the unit's file and of keeping residents current; messages/residents_zh-Hans.properties and residents_en.properties translate them. */
@MessageBundle(value = "residents", locale = "zh-Hant")
public interface ResidentMessages {

    @Message("住戶檔案")
    String open_file();

    @Message("符合的單位")
    String units_found();

    @Message("單位檔案")
    String unit_file();

    @Message("{name}的住戶檔案")
    String open_file_of(String name);

    @Message("服務中心與此住戶的一切")
    String records_title();

    @Message("帳戶餘額 {amount} {currency}")
    String balance(String amount, String currency);

    @Message("逾期 {amount} {currency}(最久 {days} 天)")
    String overdue(String amount, String currency, Integer days);

    @Message("催收案")
    String collection_case();

    @Message("進行中")
    String open_now();

    @Message("目前沒有進行中的事項。")
    String nothing_open();

    @Message("最近紀錄")
    String history();

    @Message("還沒有紀錄。")
    String no_history();

    @Message("{#when kind}{#is 'COMPLAINT'}投訴{#is 'PROMISE'}承諾{#is 'MAIL'}郵件包裹{#is 'CARD'}門禁/停車卡{#is 'VISIT'}訪客{#is 'CALL'}來電{#is 'INQUIRY'}諮詢{#is 'PROXY'}代領授權{#is 'CASE'}催收案{#else}{kind}{/when}")
    String entry_kind(String kind);

    @Message("{#when code}{#is 'NOISE'}噪音{#is 'SECURITY'}治安{#is 'CLEANLINESS'}清潔{#is 'REPAIR'}維修{#is 'FEES'}收費{#is 'STAFF_ATTITUDE'}服務態度{#is 'PARKING'}停車{#is 'LETTER'}信件{#is 'PARCEL'}包裹{#is 'DOCUMENT'}文件{#is 'FAX'}傳真{#is 'KEY'}鑰匙{#is 'ACCESS'}門禁卡{#is 'INQUIRY'}諮詢{#is 'COMPLAINT'}投訴{#is 'FEE'}費用{#is 'VISITOR'}訪客{#is 'OTHER'}其他{#else}{code}{/when}")
    String entry_detail(String code);

    @Message("{#when state}{#is 'OPEN'}處理中{#is 'ESCALATED'}已上報主管{#is 'RESOLVED'}已解決{#is 'KEPT'}已兌現{#is 'BROKEN'}未兌現{#is 'RENEGOTIATED'}已改約{#is 'WAITING'}待領取{#is 'LOCKED'}已鎖定{#is 'HANDED_OVER'}已交付{#is 'RETURN_DUE'}待退回{#is 'RETURNED'}已退回{#is 'ACTIVE'}使用中{#is 'BLOCKED'}已停用{#is 'REGISTERED'}已登記{#is 'CONFIRMED'}被訪者已確認{#is 'ASKED_TO_WAIT'}請稍候{#is 'ABSENT'}被訪者不在{#is 'DECLINED'}被訪者婉拒{#is 'LEFT'}已離開{#is 'ANSWERED'}已答覆{#is 'TRANSFERRED'}已轉接{#is 'CALLBACK_PROMISED'}約定回電{#is 'BECAME_COMPLAINT'}轉為投訴{#is 'ANSWERED_WITHOUT_BOOK'}未依答問庫答覆{#is 'CALLBACK'}待回覆{#is 'CLOSED'}已結案{#is 'IN_FORCE'}有效{#is 'REVOKED'}已撤回{#else}{state}{/when}")
    String entry_state(String state);

    @Message("期限 {time}")
    String due(String time);

    @Message("此住戶的個人資料已刪除,紀錄保留。")
    String erased();

    @Message("{#when tag}{#is 'zh-Hans'}简体中文{#is 'en'}English{#else}繁體中文{/when}")
    String language(String tag);

    @Message("{#when how}{#is IN_WRITING}書面同意{#is IN_PERSON}當面告知{#is BY_PHONE}電話告知{#is BY_EMAIL}電子郵件告知{#is EARLIER_RECORDS}沿用公司舊紀錄{/when}")
    String consent_how(steward.resident.ConsentMethod how);

    @Message("居住的單位")
    String residences();

    @Message("{movedIn} 遷入{#if movedOut} · {movedOut} 遷出{/if}")
    String residence_dates(Object movedIn, Object movedOut);

    @Message("修改住戶資料")
    String edit();

    @Message("修改住戶資料:{name}")
    String edit_title(String name);

    @Message("新增住戶")
    String new_title();

    @Message("回到住戶檔案")
    String back_to_file();

    @Message("{#when kind}{#is OWNER}屋主{#is TENANT}租客{#is HOUSEHOLD}家庭成員{/when}")
    String kind(steward.resident.ResidentKind kind);

    @Message("單位")
    String unit_label();

    @Message("照大家說的寫,如 5棟2單元502")
    String unit_label_hint();

    @Message("電話 {n}")
    String phone_n(Integer n);

    @Message("如何同意或撤回")
    String consent_how_label();

    @Message("日期(空白為今天)")
    String consent_on_label();

    @Message("同意或撤回時,須記下方式;撤回簡訊或電郵同意後,尚未發出的通知一併取消。")
    String consent_hint();

    @Message("儲存")
    String save();

    @Message("新增住戶")
    String register();

    @Message("遷出日期")
    String move_out_on();

    @Message("遷出")
    String move_out();

    @Message("遷入另一個單位")
    String move_in_title();

    @Message("遷入")
    String move_in();
}
