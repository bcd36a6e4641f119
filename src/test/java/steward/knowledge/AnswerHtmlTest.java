package steward.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import steward.web.Languages;

/** The sanitiser and the shipped demo answers, without an application. */
class AnswerHtmlTest {

    @Test
    void plainTextBecomesParagraphsAndLists() {
        assertEquals("<p>第一段 續行</p><ul><li>甲</li><li>乙</li></ul><p>a &amp; b &gt; c</p>",
                AnswerHtml.sanitise("第一段\n續行\n\n- 甲\n- 乙\n\na & b > c"));
    }

    @Test
    void onlyParagraphsListsAndSafeLinksSurvive() {
        String html = AnswerHtml.sanitise("<h1 style=\"x\">標題</h1><p onclick=\"x()\">文<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">壞</a><a href=\"mailto:office@example.com\">信</a>"
                + "<ol><li><a href=\"https://example.com\" target=\"_blank\">好</a></li></ol>");
        assertFalse(html.contains("script") || html.contains("onclick") || html.contains("javascript")
                || html.contains("<h1") || html.contains("style") || html.contains("target"), html);
        Document links = Jsoup.parseBodyFragment(html);
        assertEquals(2, links.select("a").size(), html);
        for (Element link : links.select("a")) {
            assertEquals(Set.of("nofollow", "noopener"), Set.of(link.attr("rel").split(" ")), html);
        }
        assertEquals("mailto:office@example.com", links.selectFirst("a").attr("href"));
        assertEquals("https://example.com", links.selectFirst("ol > li > a").attr("href"));
        assertEquals("", AnswerHtml.sanitise("<script>alert(1)</script>"));
    }

    @Test
    void theDemoBookCoversWhatResidentsAskInThreeLanguages() {
        assertTrue(AnswerBookDemoData.ANSWERS.size() >= 30);
        Set<AnswerCategory> covered = EnumSet.noneOf(AnswerCategory.class);
        for (AnswerBookDemoData.Shipped shipped : AnswerBookDemoData.ANSWERS) {
            covered.add(shipped.category());
            AnswerService.Draft draft = AnswerBookDemoData.draft(shipped);
            assertEquals(Set.of(Languages.TRADITIONAL, Languages.SIMPLIFIED, Languages.ENGLISH), draft.texts().keySet());
            draft.texts().values().forEach(text -> {
                assertTrue(text.question().length() <= AnswerService.MAX_QUESTION_LENGTH, text.question());
                assertFalse(AnswerHtml.sanitise(text.body()).isEmpty(), text.question());
            });
            assertFalse(draft.synonyms().isEmpty(), shipped.question());
        }
        assertTrue(covered.containsAll(EnumSet.of(AnswerCategory.FEES, AnswerCategory.ACCESS_CARDS,
                AnswerCategory.PARKING, AnswerCategory.RENOVATION, AnswerCategory.PETS, AnswerCategory.DELIVERIES,
                AnswerCategory.QUIET_HOURS, AnswerCategory.KEYS, AnswerCategory.MOVING)), covered.toString());
        AnswerService.Draft fees = AnswerBookDemoData.draft(AnswerBookDemoData.ANSWERS.get(0));
        assertEquals("管理费怎么计算?每月多少?", fees.texts().get(Languages.SIMPLIFIED).question());
    }
}
