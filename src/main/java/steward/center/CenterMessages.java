package steward.center;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of running the center: inspections, the on-call roster and call-outs, suggestions;
 * messages/center_zh-Hans.properties and center_en.properties translate them.
 */
@MessageBundle(value = "center", locale = "zh-Hant")
public interface CenterMessages {

    @Message("巡檢")
    String nav_inspections();

    @Message("值班")
    String nav_on_call();

    @Message("改善建議")
    String nav_suggestions();

    // ------------------------------------------------------------------------------------------- inspections

    @Message("服務台巡檢")
    String inspections_title();

    @Message("服務中心保持清潔衛生,辦公物品擺放整齊有序;桌面物品不多於三件,服務標牌端正放在桌面左上角;離開時坐椅置入桌下或端正緊靠辦公桌。")
    String inspections_rule();

    @Message("{#when code}{#is CLEAN}清潔衛生,辦公物品擺放整齊、有序{#is NO_CLUTTER}室內沒有堆放雜物{#is THREE_ITEMS}桌面物品不多於三件{#is SERVICE_SIGN}服務標牌端正放在桌面左上角{#is CHAIRS}坐椅端正,離開時置入桌下或緊靠辦公桌{#is WORK_ONLY}辦公電腦、服務電話只用於工作{#is APPEARANCE}儀容儀錶:坐立端莊、語言清晰禮貌、面帶微笑{/when}")
    String item(InspectionItem.Code code);

    @Message("{#when shift}{#is DAY}早班{#is EVENING}晚班{#is NIGHT}夜班{/when}")
    String shift(Inspection.Shift shift);

    @Message("{#when kind}{#is SUPERVISOR}主管巡檢{#is SELF}交接班自檢{/when}")
    String kind(Inspection.Kind kind);

    @Message("服務台")
    String desk();

    @Message("班別")
    String shift_label();

    @Message("開始巡檢")
    String start_inspection();

    @Message("合格")
    String pass();

    @Message("不合格")
    String fail();

    @Message("說明(不合格時必填)")
    String note();

    @Message("拍照")
    String photo();

    @Message("送出巡檢結果")
    String submit_inspection();

    @Message("今日巡檢")
    String today();

    @Message("本月合格率(依服務台與班別)")
    String pass_rates_month();

    @Message("合格率")
    String pass_rate();

    @Message("巡檢次數")
    String inspections_count();

    @Message("項目")
    String items();

    @Message("{passed} 項合格,{failed} 項不合格")
    String result_counts(int passed, int failed);

    @Message("整改承諾")
    String corrective_promise();

    @Message("查看照片")
    String view_photo();

    @Message("今天尚無巡檢")
    String no_inspections();

    @Message("尚未設定服務台")
    String no_desks();

    @Message("巡檢已記錄。")
    String inspection_recorded();

    @Message("新增服務台")
    String add_desk();

    @Message("服務台名稱")
    String desk_name();

    @Message("新增檢查項目")
    String add_item();

    @Message("檢查項目")
    String item_label();

    @Message("移除")
    String remove();

    @Message("檢查表設定")
    String checklist_settings();

    @Message("改正「{item}」({desk}){#if note}:{note}{/if}")
    String corrective_what(String desk, String item, String note);

    // ------------------------------------------------------------------------------------------- on call

    @Message("值班表")
    String on_call_title();

    @Message("工作人員保持個人通訊 24 小時暢通;節假日及休息時間,因工作需要應迅速到崗,不得以任何理由拒絕。")
    String on_call_rule();

    @Message("現在值班")
    String on_call_now();

    @Message("沒有人值班:請主管補上值班表。")
    String nobody_on_call();

    @Message("{#when role}{#is PRIMARY}值班{#is BACKUP}備援{/when}")
    String role(OnCallShift.Role role);

    @Message("撥打 {name}")
    String call(String name);

    @Message("人員")
    String person();

    @Message("角色")
    String role_label();

    @Message("電話(空白則用帳號電話)")
    String phone();

    @Message("開始")
    String starts_at();

    @Message("結束")
    String ends_at();

    @Message("加入值班表")
    String add_shift();

    @Message("未來 7 天無人值班的時段")
    String gaps();

    @Message("未來 7 天都有人值班。")
    String no_gaps();

    @Message("緊急到崗")
    String call_outs();

    @Message("要求到崗")
    String request_call_out();

    @Message("原因(發生什麼事、到哪裡)")
    String reason();

    @Message("找誰(空白則找現在值班的人)")
    String called();

    @Message("已回覆,正在前往")
    String acknowledge();

    @Message("已到場")
    String arrived();

    @Message("{#when state}{#is REQUESTED}等待回覆{#is ACKNOWLEDGED}已回覆,前往中{#is ARRIVED}已到場{/when}")
    String call_out_state(CallOut.State state);

    @Message("要求時間")
    String requested_at();

    @Message("回覆時間")
    String acknowledged_at();

    @Message("到場時間")
    String arrived_at();

    @Message("已通知備援與主管")
    String escalated();

    @Message("沒有緊急到崗紀錄")
    String no_call_outs();

    @Message("緊急到崗:{site}")
    String call_out_subject(String site);

    @Message("{requester} 請您儘快到現場:{reason}")
    String call_out_body(String requester, String reason);

    @Message("緊急到崗未回覆:{called}")
    String escalation_subject(String called);

    @Message("{requested} 要求 {called} 到崗({reason}),{minutes} 分鐘內未回覆。請聯絡備援人員或親自處理。")
    String escalation_body(String called, String requested, String reason, long minutes);

    // ------------------------------------------------------------------------------------------- suggestions

    @Message("改善建議")
    String suggestions_title();

    @Message("及時提出改善工作流程的好辦法,提高部門的服務層次。")
    String suggestions_rule();

    @Message("提出建議")
    String propose();

    @Message("標題")
    String title();

    @Message("建議內容")
    String body();

    @Message("提出人")
    String proposer();

    @Message("{#when state}{#is PROPOSED}待決定{#is ACCEPTED}已採納{#is DECLINED}不採納{#is DONE}已完成{/when}")
    String suggestion_state(Suggestion.State state);

    @Message("全部")
    String filter_all();

    @Message("採納")
    String accept();

    @Message("不採納")
    String decline();

    @Message("標記完成")
    String mark_done();

    @Message("決定原因")
    String decision_reason();

    @Message("沒有建議")
    String no_suggestions();

    @Message("您的建議{state}:{title}")
    String suggestion_decided_subject(String state, String title);

    // ------------------------------------------------------------------------------------------- errors

    @Message("請從選項中選擇")
    String error_choice();

    @Message("找不到這個服務台")
    String error_unknown_desk();

    @Message("這個服務台已經有了")
    String error_desk_exists();

    @Message("不是這個服務台檢查表上的項目")
    String error_unknown_item();

    @Message("請選擇合格或不合格")
    String error_verdict();

    @Message("主管巡檢只能由主管記錄")
    String error_kind_supervisor();

    @Message("開始日期不可晚於結束日期")
    String error_range_order();

    @Message("一次最多查詢 {days} 天")
    String error_range_length(int days);

    @Message("過往巡檢")
    String history_title();

    @Message("過往巡檢與合格率")
    String history_link();

    @Message("依服務台、班別與日期查詢巡檢紀錄;合格率為期間內合格項目占檢查項目的比例。")
    String history_hint();

    @Message("全部服務台")
    String all_desks();

    @Message("全部班別")
    String all_shifts();

    @Message("從")
    String from_date();

    @Message("至")
    String to_date();

    @Message("查詢")
    String show_history();

    @Message("合格率(依服務台與班別)")
    String pass_rates_range();

    @Message("{from} 至 {to}")
    String range(String from, String to);

    @Message("這段期間沒有巡檢紀錄")
    String no_history();

    @Message("時間")
    String inspected_at();

    @Message("巡檢人")
    String inspector();

    @Message("結果")
    String result();

    @Message("這個服務台的檢查表沒有項目。")
    String conflict_empty_checklist();

    @Message("找不到這位同事")
    String error_unknown_staff();

    @Message("這位同事的帳號沒有電話,請填寫")
    String error_phone_needed();

    @Message("時段須在 92 天之內,且結束晚於開始")
    String error_window();

    @Message("現在沒有人值班:請指定要找誰")
    String error_nobody_on_call();

    @Message("這次到崗目前「{state}」,不能這樣處理。")
    String conflict_call_out(String state);

    @Message("這則建議目前「{state}」,不能這樣處理。")
    String conflict_suggestion(String state);
    // The seed's checklist and the start-of-shift self-inspection

    @Message("本規範項目")
    String seed_item();

    @Message("本規範的檢查項目(一、二(一))在每個櫃台的檢查表上,不能移除或停用;可以新增自己的項目,並調整順序。")
    String checklist_rule();

    @Message("上移")
    String move_up();

    @Message("下移")
    String move_down();

    @Message("值班時段(開班自檢在每班開始時到期)")
    String staffed_shifts();

    @Message("儲存值班時段")
    String save_shifts();

    @Message("「{item}」是本規範的檢查項目,不能移除")
    String conflict_seed_item(String item);

    @Message("請列出檢查表的每個項目,各一次")
    String error_order();

    @Message("請至少選擇一個值班時段")
    String error_shifts();

    @Message("開班自檢未完成:{desk}({shift})")
    String self_inspection_subject(String desk, String shift);

    @Message("{desk} 的{shift}開班自檢應於 {due} 開始,{minutes} 分鐘內尚未完成。請依檢查表逐項自檢。")
    String self_inspection_body(String desk, String shift, String due, int minutes);
}
