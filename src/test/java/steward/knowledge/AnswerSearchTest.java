package steward.knowledge;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;

/** Search as you type over the published answers: one or two characters, synonyms, either script, best first. */
@QuarkusTest
class AnswerSearchTest {

    static final String VISITOR_PARKING = "訪客車位怎麼申請?";
    static final String PARKING_HOURS = "停車場幾點關門?";
    static final String CARD_PAYMENT = "管理費可以刷信用卡嗎?";
    static final String DRAFT_ONLY = "泊車接駁的草稿問題";

    @Inject
    TestSites sites;

    @BeforeEach
    void answers() {
        sites.ensure();
        if (Api.as("desk").queryParam("q", VISITOR_PARKING).get("/api/v1/answers").jsonPath().getList("$").isEmpty()) {
            AnswerFixtures.published("PARKING", VISITOR_PARKING, "請提前一天至管理室登記車號。", List.of("訪客"),
                    List.of("停車", "泊車"));
            AnswerFixtures.published("PARKING", PARKING_HOURS, "停車場 24 小時開放,夜間請刷卡進出。", List.of(),
                    List.of());
            long card = AnswerFixtures.draft(Map.of("category", "FEES", "keywords", List.of("繳費"), "synonyms",
                    List.of("物業費"), "texts", Map.of(
                            "zh-Hant", Map.of("question", CARD_PAYMENT, "body", "可以,管理室接受信用卡與行動支付。"),
                            "en", Map.of("question", "Can I pay the management fee by credit card?",
                                    "body", "Yes, the office takes credit cards and mobile payments."))));
            AnswerFixtures.approve(card);
            AnswerFixtures.draft(AnswerFixtures.body("PARKING", DRAFT_ONLY, "尚未核准。", List.of(), List.of("停車")));
        }
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "停, 訪客車位怎麼申請?",      // one character of a synonym
            "停車, 訪客車位怎麼申請?",    // a synonym
            "泊車, 訪客車位怎麼申請?",    // another synonym
            "車位, 訪客車位怎麼申請?",    // two characters of the question
            "车位, 訪客車位怎麼申請?",    // simplified for traditional
            "訪, 訪客車位怎麼申請?",      // one character
            "停車場幾點, 停車場幾點關門?", // longer than two characters
            "管理, 管理費可以刷信用卡嗎?",
            "物业费, 管理費可以刷信用卡嗎?", // a synonym typed in simplified
            "credit, 管理費可以刷信用卡嗎?", // the English question is searched too
    })
    void findsPublishedAnswers(String query, String question) {
        Api.as("desk").queryParam("q", query).get("/api/v1/answers").then().statusCode(200)
                .body("question", hasItem(question));
    }

    @Test
    void draftsAndOtherSitesAreNotFound() {
        Api.as("desk").queryParam("q", "接駁").get("/api/v1/answers").then().statusCode(200)
                .body("question", not(hasItem(DRAFT_ONLY)));
        Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "停車").get("/api/v1/answers").then().statusCode(200)
                .body("question", not(hasItem(VISITOR_PARKING)));
        Api.as("desk").queryParam("q", "停車").get("/api/v1/answers").then()
                .body("question", not(hasItem(CARD_PAYMENT)));
    }

    @Test
    void aQuestionThatStartsWithTheQueryComesFirst() {
        List<String> found = Api.as("desk").queryParam("q", "停車").get("/api/v1/answers").jsonPath()
                .getList("question");
        assertTrue(found.indexOf(PARKING_HOURS) < found.indexOf(VISITOR_PARKING), found.toString());
    }

    @Test
    void answersComeInTheCallersLanguageElseInTraditionalChinese() {
        Api.as("desk").header("Accept-Language", "en").queryParam("q", "信用卡").get("/api/v1/answers").then()
                .body("find { it.category == 'FEES' }.question",
                        equalTo("Can I pay the management fee by credit card?"))
                .body("find { it.category == 'FEES' }.language", equalTo("en"));
        Api.as("desk").header("Accept-Language", "en").queryParam("q", "訪客").get("/api/v1/answers").then()
                .body("find { it.question == '" + VISITOR_PARKING + "' }.language", equalTo("zh-Hant"));
    }

    @Test
    void anyTypedQueryIsAnsweredWithoutAnError() {
        for (String query : new String[] { " ", "%", "_", "\\", "'; drop table answer; --", "|", "停".repeat(300),
                "😀", "a" }) {
            Api.as("desk").queryParam("q", query).get("/api/v1/answers").then().statusCode(200);
        }
        Api.as("desk").get("/api/v1/answers").then().statusCode(200).body("$", empty());
    }

    @Test
    void rolesThatDoNotAnswerInquiriesAreRefused() {
        Api.as("cashier").queryParam("q", "停車").get("/api/v1/answers").then().statusCode(403);
        Api.as("admin").queryParam("q", "停車").get("/api/v1/answers").then().statusCode(403);
        Api.anonymous().accept(ContentType.JSON).queryParam("q", "停車").get("/api/v1/answers").then().statusCode(401);
        Api.as("service").queryParam("q", "停車").get("/api/v1/answers").then().statusCode(200);
        Api.as("supervisor").queryParam("q", "停車").get("/api/v1/answers").then().statusCode(200);
    }
}
