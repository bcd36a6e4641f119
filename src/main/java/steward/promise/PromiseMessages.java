package steward.promise;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the promise ledger, its figures and its alerts; messages/promise_zh-Hans.properties and
 * promise_en.properties translate them.
 */
@MessageBundle(value = "promise", locale = "zh-Hant")
public interface PromiseMessages {

    @Message("承諾")
    String nav_promises();

    @Message("對客戶的承諾")
    String promises_title();

    @Message("不輕易對客戶許諾;一旦許諾,就按約定期限做到。做不到時,立即向主管反映,並與客戶重新約定。")
    String promise_rule();

    @Message("{#when state}{#is OPEN}進行中{#is KEPT}已兌現{#is BROKEN}未兌現{#is RENEGOTIATED}已改約{/when}")
    String state(PromiseState state);

    @Message("逾期")
    String overdue();

    @Message("{#when filter}{#is OPEN}全部進行中{#is OVERDUE}逾期{#is KEPT}已兌現{#is BROKEN}未兌現{#is RENEGOTIATED}已改約{/when}")
    String filter(PromiseService.Filter filter);

    @Message("{#when source}{#is CALL}來電回覆{#is COMPLAINT}投訴{#is INQUIRY}諮詢{#is COLLECTION}收費約定{#is INSPECTION}檢查改善{#else}其他{/when}")
    String source(PromiseSource source);

    @Message("約定時間")
    String col_due();

    @Message("負責人")
    String col_owner();

    @Message("狀態")
    String col_state();

    @Message("沒有承諾")
    String empty();

    @Message("已兌現")
    String kept_button();

    @Message("改約")
    String renegotiate_button();

    @Message("新的約定時間")
    String new_due();

    @Message("客戶已同意新的時間")
    String customer_agreed();

    @Message("準時")
    String on_time();

    @Message("這個承諾已經結束({state}),不能再變更。")
    String conflict_closed(String state);

    @Message("改約須先徵得客戶同意")
    String error_customer_agreed();

    @Message("狀態只能是 OPEN、OVERDUE、KEPT、BROKEN 或 RENEGOTIATED")
    String error_state();

    @Message("提醒:「{what}」將於 {due} 到期")
    String reminder_subject(String what, String due);

    @Message("您對 {customer} 承諾的「{what}」約定於 {due} 完成。請按時兌現;如無法做到,請立即向主管反映,並與客戶重新約定。")
    String reminder_body(String customer, String what, String due);

    @Message("承諾逾期:{customer}「{what}」")
    String overdue_subject(String customer, String what);

    @Message("{owner} 對 {customer} 承諾的「{what}」約定於 {due} 完成,目前尚未兌現。請立即跟進,並向客戶說明進度。")
    String overdue_body(String owner, String customer, String what, String due);

    @Message("承諾兌現統計")
    String figures_title();

    @Message("人員")
    String col_staff();

    @Message("今日到期")
    String due_today();

    @Message("逾期未兌現")
    String overdue_count();

    @Message("本月準時兌現")
    String on_time_this_month();

    @Message("上月準時兌現")
    String on_time_last_month();

    @Message("全體")
    String overall();

    @Message("{percent}%({onTime}/{due})")
    String rate(long percent, long onTime, long due);

    @Message("—")
    String no_rate();

    @Message("準時兌現:在約定時間前做到,或在約定時間前徵得客戶同意改約。只計已到期或已結束的承諾。")
    String figures_hint();
}
