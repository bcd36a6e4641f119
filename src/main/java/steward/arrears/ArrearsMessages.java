package steward.arrears;

import java.util.List;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import steward.web.Words;

/**
 * The words of arrears collection, with the seed's rules for each step (三(五)); the reminders are rendered from
 * here in the resident's language. messages/arrears_zh-Hans.properties and arrears_en.properties translate them.
 */
@MessageBundle(value = "arrears", locale = "zh-Hant")
public interface ArrearsMessages {

    @Message("欠費")
    String nav_arrears();

    @Message("欠費催收")
    String arrears_title();

    @Message("{units} 戶欠費,合計 {amount} {currency}")
    String totals(long units, String amount, String currency);

    @Message("金額依 {time} 的帳計算;繳費後即時更新。")
    String computed_at(String time);

    @Message("全部樓棟")
    String all_buildings();

    @Message("樓棟")
    String building();

    @Message("逾期至少(天)")
    String min_days();

    @Message("排序")
    String sort();

    @Message("篩選")
    String filter_button();

    @Message("沒有欠費的單元")
    String empty();

    @Message("單元")
    String col_unit();

    @Message("逾期金額")
    String col_overdue();

    @Message("最早到期")
    String col_oldest();

    @Message("1–30 天")
    String bucket_1_30();

    @Message("31–90 天")
    String bucket_31_90();

    @Message("91–180 天")
    String bucket_91_180();

    @Message("180 天以上")
    String bucket_over_180();

    @Message("最近聯繫")
    String col_last_contact();

    @Message("催收案")
    String col_case();

    @Message("開立催收案")
    String open_case_button();

    @Message("催收案 #{id}")
    String case_link(Long id);

    @Message("暫停中")
    String on_hold();

    @Message("逾期 {days} 天")
    String days_overdue(int days);

    // --- the case -------------------------------------------------------------------------------------------

    @Message("催收案")
    String case_title();

    @Message("{#when state}{#is OPEN}進行中{#else}已結案{/when}")
    String state(CollectionCase.State state);

    @Message("已全數繳清,自動結案")
    String closed_paid();

    @Message("應繳費用")
    String due_title();

    @Message("項目")
    String due_item();

    @Message("到期日")
    String due_date();

    @Message("未繳")
    String due_remaining();

    @Message("首先電話預約客戶,請其約定來交費的時間,並在電話中清楚地告之其拖欠費用的款項和數目。")
    String phone_rule();

    @Message("電話用語:「您好,我是{company}客戶服務中心。{name}您好,您府上 {unit} 的 {#each items}{it.said}{#if it_hasNext}、{/if}{/each},合計 {amount} 尚未繳納。請問您哪天方便到服務中心交費呢?」")
    String call_script(String company, String name, String unit, List<Words> items, String amount);

    @Message("如特殊情況要上門收費時,要尊重客戶的生活習慣和個人喜好,因工作造成的打擾應誠懇道歉,同時也不能對客戶家裡有任何評價。")
    String visit_rule();

    @Message("上門時先致歉:「不好意思打擾您了。」")
    String visit_phrase();

    @Message("如收費中碰到投訴,對態度不好的投訴客戶要理智冷靜,自己不能處理時,予以記錄,並及時報告上一級領導;對客戶的意見應誠摯道歉並虛心接受。")
    String complaint_rule();

    @Message("客戶交費時,要及時出具相關費用明細表,如客戶有疑問,要做好相關的解釋工作。")
    String statement_rule();

    @Message("電話聯繫")
    String phone_title();

    @Message("上門拜訪")
    String visit_title();

    @Message("請先電話預約客戶;上門拜訪須在電話聯繫之後。")
    String visit_after_phone();

    @Message("結果")
    String outcome_label();

    @Message("約定時間")
    String appointment_at();

    @Message("備註")
    String notes();

    @Message("記錄")
    String record_button();

    @Message("{#when outcome}{#is REACHED}已聯繫上{#is NOT_REACHED}未接通{#is APPOINTMENT_AGREED}已約定來繳費{#is REFUSED}拒絕繳費{#is DISPUTED}對費用有異議{#else}已約定上門{/when}")
    String outcome(CollectionContact.Outcome outcome);

    @Message("{#when kind}{#is PHONE}電話{#else}上門{/when}")
    String kind(CollectionContact.Kind kind);

    @Message("{#when sort}{#is AGE}拖欠最久{#else}金額最多{/when}")
    String sort_name(ArrearsService.Sort sort);

    @Message("聯繫紀錄")
    String contacts_title();

    @Message("尚無聯繫紀錄")
    String no_contacts();

    @Message("當時逾期 {amount}")
    String contact_overdue(String amount);

    @Message("暫停自動催繳(爭議)")
    String hold_title();

    @Message("原因")
    String hold_reason();

    @Message("暫停自動催繳")
    String hold_button();

    @Message("恢復自動催繳")
    String release_button();

    @Message("爭議暫停中:{reason}")
    String held(String reason);

    @Message("客戶投訴")
    String complaint_title();

    @Message("客戶說了什麼")
    String complaint_description();

    @Message("記錄投訴並報告主管")
    String complaint_button();

    @Message("查看投訴 #{id}")
    String complaint_link(Long id);

    @Message("費用明細表")
    String statement_title();

    @Message("列印費用明細表")
    String statement_print();

    @Message("寄送費用明細表給客戶")
    String statement_send();

    @Message("費用明細表已排入寄送:{channels}")
    String statement_sent(String channels);

    @Message("客戶沒有同意的通知管道(或沒有電郵地址):請以電話告知。")
    String statement_no_channel();

    @Message("住戶")
    String payers();

    // --- promises and complaints -----------------------------------------------------------------------------

    @Message("客戶約定前來服務中心繳納欠費 {amount}")
    String promise_appointment(String amount);

    @Message("上門收費拜訪,欠費 {amount}")
    String promise_visit(String amount);

    @Message("催收中客戶投訴,需主管處理({unit})")
    String complaint_escalation(String unit);

    @Message("投訴 #{id} 處理中")
    String complaint_hold(Long id);

    // --- reminders (rendered in the resident's language) ---------------------------------------------------

    @Message("{company}:您府上 {unit} 的管理費等費用 {amount} 已逾期(最早到期 {since})。{howToPay}")
    String sms_text(String company, String unit, String amount, String since, String howToPay);

    @Message("請至服務中心櫃台以現金、刷卡或轉帳繳費;如已繳納,請忽略本訊息。")
    String how_to_pay();

    @Message("{company}:{unit} 費用逾期提醒")
    String email_subject(String company, String unit);

    @Message("您好:\n\n您府上 {unit} 的下列費用已逾期,合計 {amount}:\n\n{lines}\n\n{howToPay}\n\n{company} 客戶服務中心")
    String email_body(String company, String unit, String amount, String lines, String howToPay);

    @Message("{company}:{unit} 費用明細表")
    String statement_subject(String company, String unit);

    @Message("請電話聯繫 {unit}:欠費 {amount},已逾期 {days} 天")
    String call_task_subject(String unit, String amount, int days);

    @Message("{unit} 欠費 {amount} 已逾期 {days} 天。請於 {due} 前電話預約客戶來交費的時間,並在電話中清楚地告之拖欠費用的款項和數目。")
    String call_task_body(String unit, String amount, int days, String due);

    @Message("請電話聯繫 {unit}:住戶未同意任何催繳通知管道")
    String no_channel_subject(String unit);

    // --- errors ----------------------------------------------------------------------------------------------

    @Message("{unit} 沒有逾期未繳的費用")
    String error_no_arrears(String unit);

    @Message("{unit} 已有進行中的催收案 #{id}")
    String error_case_open(String unit, Long id);

    @Message("催收案已結案")
    String error_case_closed();

    @Message("請先電話預約客戶,再安排上門")
    String error_phone_first();

    @Message("催收案已在暫停中")
    String error_on_hold();

    @Message("催收案沒有暫停")
    String error_not_on_hold();

    @Message("這個催收案已記錄投訴 #{id}")
    String error_complaint_raised(Long id);

    @Message("請選擇電話或上門")
    String error_kind();

    @Message("請選擇結果")
    String error_outcome();

    @Message("這個結果不適用於這種聯繫方式")
    String error_outcome_for_kind();

    @Message("請輸入 0 或更大的天數")
    String error_days();

    @Message("不是這個小區的樓棟")
    String error_building();

    @Message("排序只能是 AMOUNT 或 AGE")
    String error_sort();

    @Message("天數須在 1 到 3650 之間")
    String error_rule_days();

    @Message("催繳提醒規則")
    String rules_title();

    @Message("提醒規則")
    String rules_link();

    @Message("逾期達到規則的天數時,系統開立催收案並指派客服致電、提醒住戶(依住戶同意的方式),或請客服發出書面催告。修改從下次評估起生效;已決定的步驟不變,每戶每條規則每期只做一次。")
    String rules_intro();

    @Message("逾期天數")
    String rule_days();

    @Message("提醒方式")
    String rule_action();

    @Message("啟用")
    String rule_enabled();

    @Message("停用")
    String rule_disabled();

    @Message("儲存")
    String rule_save();

    @Message("新增規則")
    String rule_add();

    @Message("{#when action}{#is SMS}簡訊{#is SMS_AND_EMAIL}簡訊及電郵(附費用明細表){#is STATEMENT_EMAIL}以電郵寄送費用明細表{#is WRITTEN_DEMAND}書面催告(催告書){#else}開立催收案,由客服致電{/when}")
    String rule_action_name(ArrearsRule.Action action);

    @Message("逾期 {days} 天")
    String rule_days_value(int days);

    @Message("請選擇提醒方式")
    String error_rule_action();

    @Message("同一天已有另一條同類的規則")
    String error_rule_same_day();
    // --- the seed's order, the call task, the collector's list -------------------------------------------------

    @Message("催收順序")
    String order_title();

    @Message("本規範要求的順序(三(五)1):「首先電話預約客戶,請其約定來交費的時間,並在電話中清楚地告之其拖欠費用的款項和數目」。自動訊息只在電話之後發出,不會搶在電話之前。")
    String order_seed();

    @Message("本小區目前的順序:")
    String order_current();

    @Message("{#when order}{#is PHONE_FIRST}先電話(本規範的順序){#else}先發訊息{/when}")
    String order_name(ArrearsPolicy.CallOrder order);

    @Message("{#when order}{#is PHONE_FIRST}逾期到第一步時自動開立催收案,指派一位客服在服務時間內致電;約定的繳費時間前一天提醒客戶;兩次電話未接通才以簡訊告知欠費金額;客戶在電話中要求時或到後一步時,以電郵寄送費用明細表;電話之後可發出書面催告。{#else}簡訊和電郵依規則的天數發出,不論是否已致電;之後才開立催收案由客服致電。這不是本規範要求的順序。{/when}")
    String order_explained(ArrearsPolicy.CallOrder order);

    @Message("換成另一種順序時,提醒規則會換成該順序的預設規則(天數依設定),之後仍可修改。")
    String order_change_hint();

    @Message("Steward 不會因欠費停用住戶的門禁卡、停車卡或任何服務,也不會限制收發室代收的物品。依法催收須以書面催告,再循法院程序(如支付命令),不得自行停止服務。")
    String no_blocking();

    @Message("催收案的指派")
    String assignment_title();

    @Message("客服輪流")
    String assignment_round_robin();

    @Message("指定人員")
    String assignment_named();

    @Message("催收人員")
    String assignee_label();

    @Message("改派催收人員")
    String assignee_title();

    @Message("改派")
    String assignee_button();

    @Message("催告書的語言")
    String letter_language();

    @Message("{#when lang}{#is 'zh-Hans'}简体中文{#is 'en'}English{#else}繁體中文{/when}")
    String language_name(String lang);

    @Message("提醒步驟")
    String rules_steps();

    @Message("催收人員:{username}")
    String collector(String username);

    @Message("請於 {due} 前致電")
    String call_due(String due);

    @Message("逾期未致電")
    String call_late();

    @Message("逾期到第一步時由系統自動開立")
    String opened_by_rule();

    @Message("約定的繳費時間前一天,系統提醒客戶;兩次電話未接通,系統才以簡訊告知欠費金額。")
    String messages_follow_the_call();

    @Message("撥號")
    String dial_button();

    @Message("這次顯示號碼已記入稽核紀錄。")
    String dial_audited();

    @Message("催收電話(催收案 #{id})")
    String dial_reason(Long id);

    @Message("客戶要求以電郵寄送費用明細表")
    String statement_requested();

    @Message("要求明細表")
    String statement_requested_badge();

    @Message("我的催收電話")
    String calls_title();

    @Message("只看我的")
    String calls_mine();

    @Message("所有人的催收電話")
    String calls_everyone();

    @Message("目前沒有待撥的催收電話")
    String calls_none();

    @Message("已撥 {count} 次")
    String call_attempts(int count);

    @Message("開啟催收案")
    String call_open();

    @Message("{company}提醒您:您約定 {time} 到服務中心繳納 {unit} 的費用 {amount}。如已繳納,請忽略本訊息。")
    String appointment_text(String company, String unit, String time, String amount);

    @Message("{company}:{unit} 繳費約定提醒")
    String appointment_subject(String company, String unit);

    @Message("請以電話告知 {unit} 的欠費明細({amount})")
    String tell_by_phone_subject(String unit, String amount);

    @Message("{unit} 的住戶沒有同意以電郵收取費用明細表:請在電話中逐項告知拖欠費用的款項和數目,合計 {amount}。")
    String tell_by_phone_body(String unit, String amount);

    // --- the written demand ------------------------------------------------------------------------------------

    @Message("書面催告(催告書/存證信函)")
    String demand_title();

    @Message("電話聯繫之後客戶仍未繳納,才以書面催告:列印催告書,親自送達、以掛號或存證信函寄出,並記錄寄送方式。這是 Steward 中催收的最後一步;之後的支付命令或訴訟不在 Steward 中進行。")
    String demand_rule();

    @Message("已到書面催告的步驟:請產生並寄出催告書。")
    String demand_due();

    @Message("請先電話聯繫客戶,再發出書面催告。")
    String demand_after_phone();

    @Message("產生催告書")
    String demand_issue();

    @Message("列印催告書")
    String demand_print();

    @Message("催告書產生於 {issuedAt},欠費 {amount},請於 {payBy} 前繳清")
    String demand_issued(String issuedAt, String amount, java.time.LocalDate payBy);

    @Message("已於 {sentOn} 寄出:")
    String demand_sent(java.time.LocalDate sentOn);

    @Message("書面催告已寄出,這是 Steward 中的最後一步。客戶繳清後,催收案自動結案。")
    String demand_last_step();

    @Message("寄送方式")
    String sent_method_label();

    @Message("{#when method}{#is BY_HAND}親自送達{#is REGISTERED_MAIL}掛號郵寄{#is CERTIFIED_LETTER}存證信函{#else}電子郵件{/when}")
    String sent_method(CollectionDemand.SentMethod method);

    @Message("寄送日期")
    String sent_on();

    @Message("掛號或存證信函號碼")
    String sent_reference();

    @Message("記錄寄送")
    String demand_record_sent();

    @Message("請對 {unit} 發出書面催告(欠費 {amount})")
    String demand_task_subject(String unit, String amount);

    @Message("{unit} 欠費 {amount} 已逾期 {days} 天,電話聯繫之後仍未繳納。請列印催告書,親自送達或以掛號、存證信函寄出,並在催收案記錄寄送方式。")
    String demand_task_body(String unit, String amount, int days);

    @Message("催告書")
    String letter_title();

    @Message("受文者:{name}({unit})")
    String letter_to(String name, String unit);

    @Message("台端所有之 {unit},下列管理費等費用已逾繳納期限,經本公司電話聯繫後迄未繳納:")
    String letter_opening(String unit);

    @Message("合計")
    String letter_total();

    @Message("請於 {payBy} 前繳清上列費用共 {amount} {currency}。逾期仍未繳納者,本公司將依法律程序辦理。")
    String letter_demand(java.time.LocalDate payBy, String amount, String currency);

    @Message("如對上列費用有疑問,請與服務中心聯繫,我們將逐項說明。如已繳納,請忽略本函。")
    String letter_questions();

    @Message("客戶服務中心 敬啟")
    String letter_signature();

    @Message("請選擇本小區的客服人員")
    String error_assignee();

    @Message("住戶沒有登記電話")
    String error_no_phone();

    @Message("請先電話聯繫客戶,再發出書面催告")
    String error_demand_after_call();

    @Message("這個催收案已發出書面催告")
    String error_demand_issued();

    @Message("請先產生催告書")
    String error_demand_not_issued();

    @Message("寄送方式已經記錄")
    String error_demand_sent();

    @Message("寄送日期須在催告書產生之日到今天之間")
    String error_sent_on();
}
