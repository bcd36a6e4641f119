package steward.complaint;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of complaints and praise, with the seed's phrases for each step; messages/complaint_zh-Hans.properties
 * and complaint_en.properties translate them.
 */
@MessageBundle(value = "complaint", locale = "zh-Hant")
public interface ComplaintMessages {

    @Message("投訴")
    String nav_complaints();

    @Message("表揚")
    String nav_praise();

    @Message("投訴處理")
    String complaints_title();

    @Message("受理投訴")
    String new_complaint();

    @Message("先站在客戶的角度思考問題:急客戶之所急,想客戶之所想。")
    String intake_rule();

    @Message("請告訴客戶:「您的意見我們已經記錄下來,會儘快處理,並隨時告訴您處理的進度。」")
    String received_phrase();

    @Message("不能解決的,應立即向上級或相關部門反映,並及時跟蹤、向客戶反饋進展,直到問題解決。")
    String escalate_rule();

    @Message("客戶不滿意時,要及時道歉,請求諒解:「請您原諒」、「請您多包涵」、「請您別介意」,同時配合適當的補償。")
    String apology_phrases();

    @Message("對客戶的表揚要婉言感謝:「謝謝您的肯定,這是我們應該做的,歡迎您隨時提出意見。」")
    String praise_phrase();

    @Message("全部")
    String filter_all();

    @Message("沒有投訴")
    String empty();

    @Message("受理時間")
    String received_at();

    @Message("客戶")
    String customer();

    @Message("找住戶(姓名、電話末四碼或單元)")
    String resident_search();

    @Message("單元")
    String unit();

    @Message("不是住戶時:客戶姓名")
    String customer_name();

    @Message("聯絡電話")
    String customer_phone();

    @Message("管道")
    String channel_label();

    @Message("類別")
    String category_label();

    @Message("嚴重程度")
    String severity_label();

    @Message("投訴內容")
    String description();

    @Message("狀態")
    String state_label();

    @Message("負責人")
    String assignee();

    @Message("被投訴的同事(選填)")
    String about_staff();

    @Message("未指明")
    String about_no_one();

    @Message("部門")
    String department_label();

    @Message("不指定")
    String none();

    @Message("受理")
    String receive_button();

    @Message("{#when channel}{#is PHONE}電話{#is DESK}前台{#is VISIT}上門{#is WRITTEN}書面{/when}")
    String channel(Complaint.Channel channel);

    @Message("{#when category}{#is NOISE}噪音{#is SECURITY}治安{#is CLEANLINESS}清潔{#is REPAIR}維修{#is FEES}收費{#is STAFF_ATTITUDE}服務態度{#is PARKING}停車{#else}其他{/when}")
    String category(Complaint.Category category);

    @Message("{#when severity}{#is LOW}一般{#is MEDIUM}較重{#is HIGH}嚴重{/when}")
    String severity(Complaint.Severity severity);

    @Message("{#when state}{#is OPEN}處理中{#is ESCALATED}已上報主管{#is RESOLVED}已結案{/when}")
    String state(Complaint.State state);

    @Message("{#when department}{#is CUSTOMER_SERVICE}客服部{#is ENGINEERING}工程部{#is SECURITY}保安部{#is CLEANING}保潔部{#is FINANCE}財務部{/when}")
    String department(Complaint.Department department);

    @Message("{#when kind}{#is RECEIVED}受理{#is ASSIGNED}指派{#is FOLLOW_UP}跟進{#is ESCALATED}上報主管{#is PROMISE_MADE}承諾{#is PROMISE_OVERDUE}承諾逾期,自動上報主管{#is RESOLVED}結案{#is REOPENED}重新處理{#is COMPENSATION_PROPOSED}提出補償{#is COMPENSATION_APPROVED}補償核准{#is COMPENSATION_REJECTED}補償駁回{/when}")
    String event(ComplaintEvent.Kind kind);

    @Message("{#when kind}{#is FEE_WAIVER}減免費用{#is CREDIT}費用抵扣{#is GIFT}致歉禮品{#else}其他{/when}")
    String compensation_kind(Compensation.Kind kind);

    @Message("{#when state}{#is PROPOSED}待主管核准{#is APPROVED}已核准{#is REJECTED}已駁回{/when}")
    String compensation_state(Compensation.State state);

    @Message("{#when score}{#is 1}1 非常不滿意{#is 2}2 不滿意{#is 3}3 普通{#is 4}4 滿意{#is 5}5 非常滿意{/when}")
    String satisfaction_label(int score);

    @Message("處理經過")
    String history();

    @Message("承諾")
    String promises();

    @Message("承諾內容")
    String promise_what();

    @Message("約定時間")
    String promise_due();

    @Message("記下承諾")
    String promise_button();

    @Message("跟進:告訴了客戶什麼")
    String told_customer();

    @Message("記錄跟進")
    String follow_up_button();

    @Message("指派")
    String assign_button();

    @Message("上報原因(為什麼無法解決)")
    String escalate_reason();

    @Message("上報主管")
    String escalate_button();

    @Message("處理結果(做了什麼)")
    String resolution();

    @Message("客戶滿意度")
    String satisfaction();

    @Message("客戶意見")
    String satisfaction_comment();

    @Message("未詢問")
    String satisfaction_not_asked();

    @Message("結案")
    String resolve_button();

    @Message("重新處理的原因")
    String reopen_reason();

    @Message("重新處理")
    String reopen_button();

    @Message("致歉與補償")
    String compensation();

    @Message("補償方式")
    String compensation_kind_label();

    @Message("金額")
    String amount();

    @Message("說明")
    String note();

    @Message("提出補償(須主管核准)")
    String propose_button();

    @Message("核准")
    String approve_button();

    @Message("駁回")
    String reject_button();

    @Message("客戶表揚")
    String praise_title();

    @Message("被表揚的同事")
    String praised_staff();

    @Message("表揚內容")
    String praise_what();

    @Message("已向客戶婉言致謝")
    String thanked();

    @Message("記錄表揚")
    String praise_button();

    @Message("表揚紀錄")
    String praise_records();

    @Message("本月")
    String this_month();

    @Message("上月")
    String last_month();

    @Message("累計")
    String total();

    @Message("尚無表揚")
    String praise_empty();

    @Message("請選擇住戶或單元,或填寫客戶姓名")
    String error_customer();

    @Message("找不到這位住戶")
    String error_unknown_resident();

    @Message("請從選項中選擇")
    String error_choice();

    @Message("找不到這位同事")
    String error_unknown_staff();

    @Message("請選擇負責人或部門")
    String error_assign();

    @Message("請選 1 到 5")
    String error_satisfaction();

    @Message("請填寫大於 0 的金額(最多兩位小數)")
    String error_amount();

    @Message("減免或抵扣費用須記在單元上:這件投訴沒有單元")
    String error_unit_for_credit();

    @Message("投訴目前「{state}」,不能這樣處理。")
    String conflict_state(String state);

    @Message("還有未兌現的承諾:請先兌現或與客戶改約,再結案。")
    String conflict_open_promises();

    @Message("這項補償已經核准或駁回過了。")
    String conflict_compensation_decided();

    @Message("投訴 #{id} 補償{#if note} · {note}{/if}")
    String credit_reason(Long id, String note);

    @Message("投訴上報:#{id} {category}")
    String escalation_subject(Long id, String category);

    @Message("{actor} 無法解決這件投訴,已上報給您。原因:{reason}")
    String escalation_body(String actor, String reason);
}
