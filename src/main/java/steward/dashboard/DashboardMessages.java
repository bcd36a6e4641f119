package steward.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the supervisor's dashboard; messages/dashboard_zh-Hans.properties and dashboard_en.properties translate them. */
@MessageBundle(value = "dashboard", locale = "zh-Hant")
public interface DashboardMessages {

    @Message("主管儀表板")
    String nav_dashboard();

    @Message("主管儀表板")
    String title();

    @Message("客戶服務部主管負責客戶服務中心的管理和控制:每個數字都可點開,看到它背後的紀錄。")
    String hint();

    @Message("日期")
    String date();

    @Message("查看")
    String show();

    @Message("今日")
    String today();

    @Message("本月")
    String month();

    @Message("{#when period}{#is TODAY}今日{#is MONTH}本月{/when}")
    String period(Window.Period period);

    @Message("{count} 筆")
    String count(long count);

    @Message("{percent}%({count}/{outOf})")
    String share(long percent, long count, long outOf);

    @Message("—")
    String no_share();

    @Message("金額 {amount}")
    String amount(String amount);

    @Message("人員表現(本月)")
    String staff_title();

    @Message("人員")
    String staff_name();

    @Message("接聽來電")
    String staff_calls();

    @Message("接待訪客")
    String staff_visitors();

    @Message("準時兌現承諾")
    String staff_promises_kept();

    @Message("表揚")
    String staff_praise();

    @Message("明細與歷史")
    String section_page();

    @Message("被投訴")
    String staff_complaints_about();

    @Message("時間")
    String col_time();

    @Message("紀錄")
    String col_title();

    @Message("說明")
    String col_detail();

    @Message("沒有紀錄")
    String empty();

    @Message("返回儀表板")
    String back();

    @Message("期間只能是 today 或 month")
    String error_period();

    @Message("訪客")
    String section_visitors();

    @Message("{#when key}{#is 'all'}登記訪客{#is 'confirmed'}被訪者確認{#is 'waiting'}請訪客稍候{#is 'absent'}被訪者不在{#is 'declined'}被訪者婉拒{#is 'unanswered'}尚未聯繫上{#else}{key}{/when}")
    String figure_visitors(String key);

    @Message("電話")
    String section_calls();

    @Message("{#when key}{#is 'all'}來電{#is 'within_three_rings'}三聲內接聽{#is 'measured'}電話系統量測(其餘為櫃台自報){#is 'missed'}未接來電{#is 'callbacks'}約定回電{#else}{key}{/when}")
    String figure_calls(String key);

    @Message("諮詢")
    String section_inquiries();

    @Message("{#when key}{#is 'all'}諮詢{#is 'from_book'}以答問庫答覆{#is 'without_book'}未用答問庫{#is 'callback'}了解後回覆{#else}{key}{/when}")
    String figure_inquiries(String key);

    @Message("投訴")
    String section_complaints();

    @Message("{#when key}{#is 'all'}受理投訴{#is 'open'}處理中{#is 'overdue'}承諾逾期{#is 'resolved'}已解決{#is 'rated'}已評滿意度{#is 'satisfied'}滿意(4–5 分){#else}{key}{/when}")
    String figure_complaints(String key);

    @Message("承諾")
    String section_promises();

    @Message("{#when key}{#is 'due'}到期承諾{#is 'kept_on_time'}準時兌現{#is 'overdue'}逾期未兌現{#else}{key}{/when}")
    String figure_promises(String key);

    @Message("收費")
    String section_payments();

    @Message("{#when key}{#is 'cash'}現金{#is 'card'}刷卡{#is 'transfer'}轉帳{#is 'mobile'}行動支付{#is 'voided'}已作廢收據{#else}{key}{/when}")
    String figure_payments(String key);

    @Message("巡檢")
    String section_inspections();

    @Message("{#when key}{#is 'all'}巡檢次數{#is 'clean'}全部合格{#is 'with_failures'}有不合格項{#else}{key}{/when}")
    String figure_inspections(String key);

    @Message("開班自檢")
    String section_self_inspections();

    @Message("{#when key}{#is 'due'}應做{#is 'in_time'}開班後準時完成{#is 'done'}已完成{#is 'reminded'}逾時提醒{#else}{key}{/when}")
    String figure_self_inspections(String key);

    @Message("緊急到崗")
    String section_call_outs();

    @Message("{#when key}{#is 'all'}呼叫{#is 'acknowledged_in_time'}十分鐘內回應{#is 'escalated'}已升級通知{#is 'arrived'}已到崗{#else}{key}{/when}")
    String figure_call_outs(String key);

    @Message("催繳")
    String section_collection();

    @Message("{#when key}{#is 'opened'}催繳案件{#is 'paid'}已全額繳清{#is 'on_hold'}爭議暫停{#else}{key}{/when}")
    String figure_collection(String key);

    @Message("交接班")
    String section_handovers();

    @Message("{#when key}{#is 'all'}交接班{#is 'confirmed_in_time'}30 分鐘內接班確認{#is 'late'}逾時未確認{#is 'with_differences'}發現差異{#is 'differences_open'}差異待處理{#else}{key}{/when}")
    String figure_handovers(String key);

    @Message("住戶問卷")
    String section_surveys();

    @Message("{#when key}{#is 'sent'}寄出問卷{#is 'answered'}住戶回覆{#is 'satisfied'}住戶滿意(4–5 分){#is 'score_5'}5 分{#is 'score_4'}4 分{#is 'score_3'}3 分{#is 'score_2'}2 分{#is 'score_1'}1 分{#is 'promise_not_kept'}住戶說承諾未準時{#is 'reopened'}低分退回主管{#else}{key}{/when}")
    String figure_surveys(String key);

    @Message("問卷寄出")
    String staff_surveys_sent();

    @Message("住戶回覆")
    String staff_surveys_answered();

    @Message("住戶滿意")
    String staff_residents_satisfied();
}
