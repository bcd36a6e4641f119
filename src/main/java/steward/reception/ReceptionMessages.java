package steward.reception;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the reception desk in traditional Chinese; {@code messages/reception_zh-Hans.properties} and
 * {@code messages/reception_en.properties} translate them. The {@code phrase_*} keys are the seed's standard
 * phrases, said by the desk at each step; templates never spell them out.
 */
@MessageBundle(value = "reception", locale = "zh-Hant")
public interface ReceptionMessages {

    @Message("前台")
    String nav_desk();

    @Message("前台接待")
    String desk_title();

    // The seed's phrases, step by step.

    @Message("「您好,有什麼可以幫到您嗎?」")
    String phrase_visitor_greeting();

    @Message("客人來訪時面帶微笑起身,熱情、主動問候。")
    String phrase_visitor_greeting_hint();

    @Message("「請問您要找哪一位?」")
    String phrase_ask_host();

    @Message("「請問您貴姓?」")
    String phrase_ask_name();

    @Message("先詢問被訪對象,再微笑有禮貌地詢問來訪者姓名;聯繫被訪者前先完成登記。")
    String phrase_ask_hint();

    @Message("「請稍候,我馬上幫您聯繫。」")
    String phrase_contacting();

    @Message("聯繫 {host},記錄回覆。")
    String phrase_contacting_hint(String host);

    @Message("「讓您久等了,您要找的客人在 {unit}。」")
    String phrase_direction(String unit);

    @Message("以手勢示意方向。")
    String phrase_direction_hint();

    @Message("「{host}馬上來見您,請您在前台接待廳稍等片刻。」")
    String phrase_asked_to_wait(String host);

    @Message("熱情接待,安排休息等候,並送上茶水。")
    String phrase_asked_to_wait_hint();

    @Message("「對不起,{host}不在,請您稍後與他聯繫。」")
    String phrase_absent(String host);

    @Message("表示歉意;不透露住戶的行蹤與資料。")
    String phrase_absent_hint();

    @Message("「對不起,{host}現在不方便見客,請您見諒。」")
    String phrase_declined(String host);

    @Message("婉言致歉;不透露住戶的資料。")
    String phrase_declined_hint();

    @Message("「請慢走,歡迎您再來。」")
    String phrase_farewell();

    @Message("訪客離去時主動起立,微笑示意。")
    String phrase_farewell_hint();

    @Message("「您好,{company},請問有什麼需要服務嗎?」")
    String phrase_call_greeting(String company);

    @Message("電話鈴響三聲內接聽,認真聆聽並做好記錄。不能準確解答時:「對不起,請您稍等,我了解一下再告訴您好嗎?」")
    String phrase_call_greeting_hint();

    @Message("「感謝您的來電,再見。」")
    String phrase_call_farewell();

    @Message("通話已記錄。")
    String phrase_call_farewell_hint();

    @Message("{surname}先生/小姐")
    String host_title(String surname);

    @Message("{unit} 的住戶")
    String host_of_unit(String unit);

    // Visitors

    @Message("訪客登記")
    String visit_register();

    @Message("被訪住戶或單元")
    String visit_host();

    @Message("住戶姓名、電話末四碼或單元")
    String visit_host_placeholder();

    @Message("找不到「{query}」")
    String visit_host_none(String query);

    @Message("來訪者姓名")
    String visit_name();

    @Message("電話(選填)")
    String visit_phone();

    @Message("人數")
    String visit_party_size();

    @Message("來意(選填)")
    String visit_purpose();

    @Message("車牌(選填)")
    String visit_plate();

    @Message("登記並聯繫")
    String visit_submit();

    @Message("先前來訪:{name}")
    String visit_known(String name);

    @Message("使用此姓名")
    String visit_use_name();

    @Message("{#when status}{#is EXPECTED}預約來訪{#is REGISTERED}已登記{#is CONFIRMED}已確認{#is ASKED_TO_WAIT}大廳等候{#is ABSENT}被訪者不在{#is DECLINED}已婉拒{#is LEFT}已離開{#is CANCELLED}未到,已取消{/when}")
    String status(VisitStatus status);

    @Message("被訪者確認")
    String respond_CONFIRMED();

    @Message("請訪客稍候")
    String respond_ASKED_TO_WAIT();

    @Message("被訪者不在")
    String respond_ABSENT();

    @Message("婉拒來訪")
    String respond_DECLINED();

    @Message("送客")
    String checkout();

    @Message("已送茶水")
    String tea_served();

    @Message("送上茶水")
    String serve_tea();

    @Message("今日訪客")
    String visits_today();

    @Message("已登記")
    String column_registered();

    @Message("大廳等候")
    String column_waiting();

    @Message("已進入")
    String column_admitted();

    @Message("已離開")
    String column_left();

    @Message("尚未離開,請晚班跟進")
    String visit_flagged();

    @Message("{size} 人")
    String party_of(int size);

    @Message("登記 {time}")
    String registered_at(String time);

    @Message("離開 {time}")
    String left_at(String time);

    // Calls

    @Message("接聽來電")
    String call_answer();

    @Message("今日來電")
    String calls_today();

    @Message("{count} 通,三聲內接聽 {percent}%")
    String calls_share(long count, long percent);

    @Message("今日尚無來電")
    String calls_none();

    @Message("通話中")
    String call_in_progress();

    @Message("來電號碼")
    String call_phone();

    @Message("來電者姓名")
    String call_name();

    @Message("響鈴聲數")
    String call_rings();

    @Message("超過三聲")
    String call_rings_over();

    @Message("類別")
    String call_category();

    @Message("{#when category}{#is INQUIRY}諮詢{#is COMPLAINT}投訴{#is REPAIR}報修{#is FEE}收費{#is VISITOR}訪客{#is OTHER}其他{/when}")
    String category(CallCategory category);

    @Message("記錄")
    String call_notes();

    @Message("結果")
    String call_outcome();

    @Message("{#when outcome}{#is ANSWERED}已答覆{#is TRANSFERRED}已轉接{#is CALLBACK_PROMISED}約定回電{#is BECAME_COMPLAINT}轉為投訴{/when}")
    String outcome(CallOutcome outcome);

    @Message("約定回電的事項")
    String call_callback_what();

    @Message("回電時間")
    String call_callback_due();

    @Message("完成記錄")
    String call_finish();

    @Message("住戶:{name}")
    String call_matched(String name);

    @Message("不是本小區住戶的號碼")
    String call_no_match();

    @Message("回電 {time}")
    String callback_due(String time);

    // Errors

    @Message("人數須為 1 至 {max}")
    String error_party_size(int max);

    @Message("請選擇被訪住戶或單元")
    String error_host_required();

    @Message("找不到這位住戶")
    String error_unknown_resident();

    @Message("車牌格式不正確")
    String error_plate();

    @Message("請選擇被訪者的回覆")
    String error_outcome();

    @Message("響鈴聲數須為 1 至 {max}")
    String error_rings(int max);

    @Message("請選擇類別")
    String error_category();

    @Message("請選擇通話結果")
    String error_call_outcome();

    @Message("開始時間須在過去 24 小時內")
    String error_started_at();

    @Message("未知的狀態")
    String error_status();

    @Message("這位訪客目前是「{status}」,不能再做這個動作。")
    String conflict_visit(String status);

    @Message("另一台平板剛更新了這位訪客,請看最新的狀態。")
    String conflict_changed();

    @Message("這通電話已經記錄完成。")
    String conflict_call_finished();
    // The phone system: calls measured, ringing, missed

    @Message("系統量測 {measured} 通、自報 {reported} 通")
    String calls_measured_share(long measured, long reported);

    @Message("未接 {count} 通")
    String calls_missed_count(long count);

    @Message("響鈴 {seconds} 秒")
    String ring_seconds(int seconds);

    @Message("電話系統量測")
    String ring_measured();

    @Message("櫃台自報")
    String ring_self_reported();

    @Message("{rings} 聲")
    String rings_count(int rings);

    @Message("三聲內(≤ {seconds} 秒)")
    String ring_within(int seconds);

    @Message("來電中")
    String ringing_title();

    @Message("{#if name}{name} {unit}{#else}不是本小區住戶的號碼{/if}")
    String ringing_who(String name, String unit);

    @Message("接起後自動開啟通話紀錄")
    String ringing_hint();

    @Message("未接來電,請回電")
    String missed_title();

    @Message("已回電")
    String called_back();

    @Message("回電期限 {time}")
    String missed_callback_due(String time);

    @Message("來電號碼未顯示")
    String caller_withheld();

    @Message("回電未接來電:{who}")
    String callback_missed(String who);

    @Message("撥出")
    String direction_out();

    @Message("事件時間不可晚於現在")
    String error_event_time();
    // Arranged visits

    @Message("「請問怎麼稱呼您?是否已與*先生/(女士)聯繫好?」")
    String phrase_ask_arranged();

    @Message("* 是被訪者的姓。已約好的來訪,也可以在住戶來電告知時先登記,訪客到達時輕觸「已到達」。")
    String phrase_ask_arranged_hint();

    @Message("是否已與被訪者聯繫好?")
    String visit_arranged();

    @Message("已聯繫好")
    String visit_arranged_yes();

    @Message("未聯繫")
    String visit_arranged_no();

    @Message("預約來訪時間(先登記,訪客到達時再確認)")
    String visit_expected_at();

    @Message("已約")
    String arranged_badge();

    @Message("預約來訪")
    String column_expected();

    @Message("預約 {time}")
    String expected_at(String time);

    @Message("已到達")
    String arrive();

    @Message("未到,取消")
    String cancel_visit();

    @Message("預約來訪:已與{host}聯繫好。")
    String phrase_expected(String host);

    @Message("訪客到達時輕觸「已到達」,再說「請稍候,我馬上幫您聯繫。」")
    String phrase_expected_hint();

    @Message("只有已與被訪者聯繫好的來訪,才能先登記")
    String error_expected_not_arranged();

    @Message("預約來訪時間須在現在到 {days} 天內")
    String error_expected_at(long days);
}
