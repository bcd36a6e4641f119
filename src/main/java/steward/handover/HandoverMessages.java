package steward.handover;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the shift handover; messages/handover_zh-Hans.properties and handover_en.properties translate them. */
@MessageBundle(value = "handover", locale = "zh-Hant")
public interface HandoverMessages {

    @Message("交接班")
    String nav_handovers();

    @Message("交接班")
    String title();

    @Message("交班時由系統依紀錄產生交接內容,不必手寫;接班人員逐段核對,不符之處寫下來交給主管。雙方以登入簽名,確認後不可更改。")
    String rule();

    @Message("開始交班")
    String open_button();

    @Message("交班內容(接班:{shift} {starts})")
    String preview_title(String shift, String starts);

    @Message("交班備註")
    String note();

    @Message("簽名交班")
    String sign_button();

    @Message("{#when section}{#is 'visitors'}仍在場的訪客{#is 'mail'}架上郵件包裹(各架數量){#is 'loans'}借出中的物品{#is 'ids_held'}押在服務台的證件{#is 'promises'}下一班到期的承諾{#is 'callbacks'}未完成的回電{#is 'call_outs'}未結束的緊急到崗{#is 'till'}收費櫃台的現金{#else}{section}{/when}")
    String section(String section);

    @Message("{#when code}{#is 'CALL'}來電{#is 'COMPLAINT'}投訴{#is 'INQUIRY'}諮詢{#is 'COLLECTION'}催繳{#is 'INSPECTION'}巡檢{#is 'REQUESTED'}已呼叫{#is 'ACKNOWLEDGED'}已回應{#is 'REGISTERED'}已登記{#is 'CONFIRMED'}被訪者已確認{#is 'ASKED_TO_WAIT'}稍候中{#is 'ABSENT'}被訪者不在{#is 'DECLINED'}被訪者婉拒{#is 'LETTER'}信件{#is 'PARCEL'}包裹{#is 'DOCUMENT'}文件{#is 'FAX'}傳真{#is 'KEY'}鑰匙{#is 'FOB'}磁扣{#is 'TOOL'}工具{#is 'OTHER'}其他{#else}{code}{/when}")
    String code(String code);

    @Message("沒有")
    String nothing();

    @Message("{shelf}:{count} 件")
    String shelf_count(String shelf, int count);

    @Message("未指定架位")
    String no_shelf();

    @Message("交班:{name} · {at}")
    String signed_out(String name, String at);

    @Message("接班:{name} · {at}")
    String signed_in(String name, String at);




    @Message("相符")
    String matches();

    @Message("不符")
    String differs();

    @Message("不符之處(例如:A 架少了一件)")
    String difference();

    @Message("找不到")
    String missing();

    @Message("確認並簽名接班")
    String confirm_button();

    @Message("交班人不能自己接班,請由接班同事登入確認")
    String own_handover();

    @Message("主管待處理的差異")
    String differences_title();

    @Message("沒有待處理的差異")
    String no_differences();

    @Message("處理說明")
    String settle_note();

    @Message("已處理")
    String settle_button();

    @Message("{by} 已處理:{note}")
    String settled(String by, String note);

    @Message("最近的交接班")
    String recent();

    @Message("還沒有交接班紀錄")
    String none();

    @Message("交接班 {shift} {starts}")
    String handover_title(String shift, String starts);

    @Message("這一班的交接已由 {name} 開始")
    String conflict_opened(String name);

    @Message("這份交接已在 {at} 確認,不能再改")
    String conflict_confirmed(String at);

    @Message("這個差異已處理")
    String conflict_settled();

    @Message("沒有這一段")
    String error_section();

    @Message("每一段都要確認:相符,或寫下不符之處")
    String error_all_sections();

    @Message("這一項不在這一段裡")
    String error_missing();

    @Message("交接班未確認:{shift} {starts}")
    String late_subject(String shift, String starts);

    @Message("{outgoing} 在 {signed} 交班,接班已超過 {minutes} 分鐘仍無人確認。")
    String late_body(String outgoing, String signed, long minutes);

    @Message("交接班發現差異:{section}")
    String difference_subject(String section);

    @Message("{incoming} 接班時發現「{section}」不符:{difference}")
    String difference_body(String incoming, String section, String difference);

    @Message("{#when state}{#is PENDING}待接班{#is LATE}逾時未接班{#is CONFIRMED}已接班{/when}")
    String state(HandoverService.State state);
}
