package steward.knowledge;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the answer book and the inquiry console, in traditional Chinese here;
 * {@code messages/knowledge_zh-Hans.properties} and {@code messages/knowledge_en.properties} translate them.
 * The seed's phrase 「對不起,請您稍等,我了解一下再告訴您好嗎」 lives here, never in a template.
 */
@MessageBundle(value = "knowledge", locale = "zh-Hant")
public interface KnowledgeMessages {

    @Message("答問台")
    String nav_inquiries();

    @Message("答問庫")
    String nav_answers();

    @Message("答問台:來電與櫃台諮詢")
    String console_title();

    @Message("諮詢方式")
    String channel();

    @Message("電話")
    String channel_PHONE();

    @Message("櫃台")
    String channel_DESK();

    @Message("諮詢人")
    String who();

    @Message("住戶姓名、單元或電話末四碼")
    String who_search();

    @Message("不指定住戶")
    String who_unknown();

    @Message("匿名")
    String who_anonymous();

    @Message("稱呼(非住戶時)")
    String caller_name();

    @Message("回電號碼")
    String caller_phone();

    @Message("問題")
    String question();

    @Message("輸入客戶的問題,如 停車、管理費")
    String question_placeholder();

    @Message("一兩個字即可搜尋,同義詞也找得到(停車/車位/泊車)。")
    String question_hint();

    @Message("答問庫沒有「{query}」的答案")
    String answers_none(String query);

    @Message("找到 {count} 則核准答案")
    String answers_found(int count);

    @Message("用這則答覆")
    String answer_with_this();

    @Message("無法準確答覆?約定回覆時間")
    String not_found_summary();

    @Message("對不起,請您稍等,我了解一下再告訴您好嗎")
    String phrase_find_out();

    @Message("請向客戶說這句話,約定回覆時間並記錄;您會在約定時間前回覆客戶。")
    String not_found_hint();

    @Message("回覆時間")
    String callback_due();

    @Message("記錄並約定回覆")
    String record_callback();

    @Message("已自行答覆(未用答問庫)")
    String record_without_book();

    @Message("已記錄:{outcome}")
    String recorded(String outcome);

    @Message("{when} 前回覆")
    String callback_by(String when);

    @Message("諮詢紀錄")
    String log_title();

    @Message("尚無諮詢紀錄")
    String log_empty();

    @Message("時間")
    String log_when();

    @Message("接待人員")
    String log_staff();

    @Message("以答問庫答覆")
    String outcome_ANSWERED();

    @Message("未用答問庫")
    String outcome_ANSWERED_WITHOUT_BOOK();

    @Message("待回覆")
    String outcome_CALLBACK();

    @Message("答覆一致性報告")
    String report_title();

    @Message("{since} 起的諮詢")
    String report_since(String since);

    @Message("諮詢總數")
    String report_inquiries();

    @Message("各答案使用次數")
    String report_uses();

    @Message("次數")
    String report_use_count();

    @Message("使用人員")
    String report_by_whom();

    @Message("未用答問庫答覆的諮詢")
    String report_without_book();

    @Message("答問庫答不出的問題")
    String report_unanswered();

    @Message("沒有")
    String report_none();

    @Message("新答案")
    String report_draft();

    @Message("已擬草稿")
    String report_drafted();

    @Message("寫成新答案")
    String report_write_answer();

    @Message("答問庫")
    String book_title();

    @Message("新增答案")
    String book_new();

    @Message("答問庫還沒有答案")
    String book_empty();

    @Message("狀態")
    String book_state();

    @Message("v{number} 待核准")
    String book_awaiting(int number);

    @Message("類別")
    String category();

    @Message("管理費與繳費")
    String category_FEES();

    @Message("門禁卡")
    String category_ACCESS_CARDS();

    @Message("停車")
    String category_PARKING();

    @Message("裝修")
    String category_RENOVATION();

    @Message("寵物")
    String category_PETS();

    @Message("包裹與外送")
    String category_DELIVERIES();

    @Message("安寧時段")
    String category_QUIET_HOURS();

    @Message("鑰匙")
    String category_KEYS();

    @Message("搬遷")
    String category_MOVING();

    @Message("公共設施")
    String category_FACILITIES();

    @Message("其他")
    String category_OTHER();

    @Message("草稿")
    String state_DRAFT();

    @Message("已發佈")
    String state_PUBLISHED();

    @Message("舊版")
    String state_SUPERSEDED();

    @Message("未核准即被取代")
    String state_REPLACED();

    @Message("繁體中文")
    String language_zh_Hant();

    @Message("简体中文")
    String language_zh_Hans();

    @Message("English")
    String language_en();

    @Message("待覆核的答案")
    String review_title();

    @Message("覆核日期")
    String review_due();

    @Message("已到覆核日")
    String review_is_due();

    @Message("核准後 180 天(或主管指定日期)須覆核答案是否仍然正確。主管看到全部,負責人看到自己的。")
    String review_hint();

    @Message("目前沒有待覆核的答案")
    String review_none();

    @Message("已覆核,內容仍正確")
    String review_still_right();

    @Message("答案到了覆核日:「{question}」")
    String review_reminder_subject(String question);

    @Message("您負責的答案「{question}」已到覆核日({dueOn})。請確認內容仍然正確,或修改後送主管核准。")
    String review_reminder_body(String question, String dueOn);

    @Message("答案")
    String answer_title();

    @Message("修改(產生新版本)")
    String answer_edit();

    @Message("內容")
    String answer_texts();

    @Message("答案")
    String answer_body();

    @Message("負責人")
    String owner();

    @Message("{name} 撰寫")
    String written_by(String name);

    @Message("{name} 核准")
    String approved_by(String name);

    @Message("核准並發佈")
    String approve();

    @Message("覆核日期(可不填)")
    String approve_review_on();

    @Message("不填則為核准後 180 天。")
    String approve_hint();

    @Message("答案只保留段落、清單與連結;空一行為新段落,以「- 」開頭的行為清單。儲存後為草稿,須經主管核准才會發佈。")
    String editor_hint();

    @Message("(可不填)")
    String editor_optional();

    @Message("儲存草稿")
    String editor_save();

    @Message("關鍵字(以逗號或頓號分隔)")
    String keywords();

    @Message("同義詞(以逗號或頓號分隔)")
    String synonyms();

    @Message("停車、車位、泊車")
    String synonyms_example();

    @Message("請選擇類別")
    String error_category();

    @Message("最多 {max} 個")
    String error_too_many_words(int max);

    @Message("找不到這筆尚未答覆的諮詢")
    String error_unknown_inquiry();

    @Message("覆核日期須為今天之後的日期")
    String error_review_date();

    @Message("這則答案沒有待核准的草稿(可能已被核准或有更新的草稿),請重新整理。")
    String error_no_draft();

    @Message("這則答案尚未發佈")
    String error_not_published();

    @Message("請選擇:電話或櫃台")
    String error_channel();

    @Message("找不到這則核准答案")
    String error_unknown_answer();

    @Message("已用答問庫答覆的諮詢不需約定回覆")
    String error_answered_and_callback();

    @Message("找不到這位住戶")
    String error_unknown_resident();

    @Message("約定回覆須有住戶或回電號碼")
    String error_callback_needs_phone();

    @Message("客戶的問題(照客戶的說法)")
    String asked();

    @Message("例如:請問訪客的車可以停哪裡?")
    String asked_placeholder();

    @Message("紀錄裡記下客戶的原話;留空時記下上面的搜尋字詞。")
    String asked_hint();
}
