package steward.knowledge;

import jakarta.persistence.Embeddable;

/** A version's question and answer in one language. The body is sanitised HTML (see {@link AnswerHtml}). */
@Embeddable
public class AnswerText {

    public String question;

    public String bodyHtml;

    public AnswerText() {
    }

    public AnswerText(String question, String bodyHtml) {
        this.question = question;
        this.bodyHtml = bodyHtml;
    }
}
