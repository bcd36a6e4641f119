package steward.survey;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the resident's survey; messages/survey_zh-Hans.properties and survey_en.properties translate them. */
@MessageBundle(value = "survey", locale = "zh-Hant")
public interface SurveyMessages {

    @Message("{company}:您反映的問題已處理完畢。請花一分鐘告訴我們處理得如何:{link}(連結 {days} 天內有效,僅能填寫一次)")
    String invitation(String company, String link, long days);

    @Message("{company} 想聽聽您的意見")
    String invitation_subject(String company);

    @Message("{company}:服務滿意度")
    String page_title(String company);

    @Message("您於 {date} 反映的「{category}」問題")
    String about(String date, String category);

    @Message("您對這次的處理滿意嗎?")
    String satisfaction();

    @Message("{#when score}{#is 1}1 非常不滿意{#is 2}2 不滿意{#is 3}3 普通{#is 4}4 滿意{#is 5}5 非常滿意{/when}")
    String score(int score);

    @Message("我們答應您的事,有按時做到嗎?")
    String promise_kept();

    @Message("{#when answer}{#is YES}有,按時做到{#is NO}沒有{#is NO_PROMISE}沒有約定{/when}")
    String promise_answer(ComplaintSurvey.PromiseKept answer);

    @Message("想對我們說的話(可不填)")
    String comment();

    @Message("送出")
    String submit();

    @Message("謝謝您寶貴的意見!")
    String thanks();

    @Message("這個連結無效。請確認您開啟的是簡訊或郵件中的完整連結。")
    String invalid();

    @Message("這份問卷已經填寫過了,謝謝您。")
    String answered();

    @Message("這個連結已過期。如有任何意見,歡迎來電或到服務中心告訴我們。")
    String expired();

    @Message("請稍後再試。")
    String too_many();

    @Message("住戶的意見")
    String residents_word();

    @Message("住戶自評 {score} 分")
    String resident_score(int score);

    @Message("承諾是否準時:{answer}")
    String resident_promise(String answer);

    @Message("已寄出問卷,{until} 前有效")
    String sent(String until);

    @Message("問卷已失效(投訴再次處理)")
    String superseded();

    @Message("住戶評分偏低,投訴已退回主管:#{id}")
    String low_subject(Long id);

    @Message("住戶對投訴 #{id}({category})的處理只給 {score} 分。{#if comment}住戶說:{comment}{/if}")
    String low_body(Long id, String category, int score, String comment);
}
