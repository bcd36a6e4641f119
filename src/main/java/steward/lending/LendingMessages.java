package steward.lending;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of lending and holding; messages/lending_zh-Hans.properties and lending_en.properties translate them. */
@MessageBundle(value = "lending", locale = "zh-Hant")
public interface LendingMessages {

    @Message("借用登記")
    String nav_loans();

    @Message("借用與押證")
    String title();

    @Message("借出鑰匙、磁扣、工具時,登記借用人、押的證件(只記類別與末四碼)或押金、歸還時間;歸還時請借用人簽名。押著的證件未經主管註記,不可能「不見」。")
    String rule();

    @Message("{#when kind}{#is KEY}鑰匙{#is FOB}磁扣{#is TOOL}工具{#is OTHER}其他{/when}")
    String kind(Loan.Kind kind);

    @Message("{#when kind}{#is RESIDENT}住戶{#is VISITOR}訪客{#is CONTRACTOR}廠商{#is STAFF}同事{/when}")
    String borrower(Loan.Borrower kind);

    @Message("{#when state}{#is OUT}借出中{#is RETURNED}已歸還{/when}")
    String state(Loan.State state);

    @Message("{#when filter}{#is 'OUT'}借出中{#is 'OVERDUE'}逾期未還{#is 'RETURNED'}已歸還{/when}")
    String filter(String filter);

    @Message("{#when state}{#is HELD}押在服務台{#is HANDED_BACK}已還給本人{#is MISSING}遺失(主管已註記){/when}")
    String id_state(Loan.IdState state);

    @Message("{#when action}{#is LENT}借出{#is ID_HELD}收押證件{#is CASH_DEPOSIT_TAKEN}收取押金{#is REMINDED}逾期提醒{#is RETURNED}歸還{#is ID_HANDED_BACK}證件還給本人{#is CASH_DEPOSIT_PAID_BACK}退還押金{#is ID_MISSING}證件遺失註記{/when}")
    String action(LoanEvent.Action action);

    @Message("借出")
    String lend_title();

    @Message("物品")
    String field_kind();

    @Message("說明(例如:B 棟頂樓門鑰匙)")
    String field_description();

    @Message("借用人身分")
    String field_borrower_kind();

    @Message("住戶(輸入姓名、電話末四碼或單元)")
    String field_resident_query();

    @Message("找不到符合「{query}」的住戶")
    String no_resident(String query);

    @Message("借用人姓名")
    String field_borrower_name();

    @Message("電話")
    String field_borrower_phone();

    @Message("押證件:類別")
    String field_id_type();

    @Message("證件末四碼")
    String field_id_last4();

    @Message("押金(收費人員收取)")
    String field_cash();

    @Message("歸還時間")
    String field_due_back();

    @Message("登記借出")
    String lend_button();

    @Message("不押證件")
    String no_id();

    @Message("押證件")
    String col_id();

    @Message("押金")
    String col_cash();

    @Message("應還")
    String col_due_back();

    @Message("借用人")
    String col_borrower();

    @Message("借出人")
    String col_lent_by();

    @Message("逾期")
    String overdue();

    @Message("目前沒有借出中的物品")
    String none_out();

    @Message("沒有紀錄")
    String none();

    @Message("押在服務台的證件")
    String ids_held_title();

    @Message("沒有押著的證件")
    String no_ids_held();

    @Message("歸還")
    String return_title();

    @Message("歸還人姓名")
    String field_returner();

    @Message("歸還人簽名")
    String field_signature();

    @Message("清除")
    String signature_clear();

    @Message("歸還人簽名")
    String signature_alt();

    @Message("確認歸還{#if id}並把證件還給本人{/if}{#if cash}、退還押金{/if}")
    String return_button(boolean id, boolean cash);

    @Message("{returner} 於 {at} 歸還")
    String returned_by(String returner, String at);

    @Message("證件遺失(主管)")
    String id_missing_title();

    @Message("說明經過(必填)")
    String field_note();

    @Message("註記遺失")
    String id_missing_button();

    @Message("保管紀錄")
    String custody_title();

    @Message("返回借用登記")
    String back();

    @Message("借用 #{id}:{what}")
    String loan_title(Long id, String what);

    @Message("找不到這位住戶")
    String error_unknown_resident();

    @Message("押金只能由收費人員在櫃台收取")
    String error_cash_cashier();

    @Message("這筆押金要由收費人員在櫃台退還")
    String conflict_cash_cashier();

    @Message("已經{state}了")
    String conflict_state(String state);

    @Message("證件已經{state}")
    String conflict_id_state(String state);

    @Message("這筆借用沒有押證件")
    String conflict_no_id();

    @Message("逾期未還:{kind} {what}")
    String overdue_subject(String kind, String what);

    @Message("{borrower}({borrowerKind})借用的{kind}「{what}」應於 {due} 歸還,目前仍未歸還。{#if phone}聯絡電話:{phone}{/if}")
    String overdue_body(String borrower, String borrowerKind, String kind, String what, String due, String phone);

    @Message("{company}提醒您:您借用的{kind}「{what}」應於 {due} 歸還服務台,請儘快歸還,謝謝。")
    String resident_overdue(String company, String kind, String what, String due);
}
