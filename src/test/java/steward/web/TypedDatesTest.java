package steward.web;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/** A typed day or moment is read one way everywhere: a malformed one is refused naming its field, in the reader's words. */
@QuarkusTest
class TypedDatesTest {

    @Inject
    TestSites sites;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @Test
    void aDayInAQueryThatIsNoDayIsRefusedNamingItInTheReadersLanguage() {
        for (String typed : new String[] { "2026-02-30", "yesterday", "0001-01-01" }) {
            Api.as("desk").header("Accept-Language", "en").queryParam("date", typed).get("/api/v1/calls/summary")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("date"))
                    .body("errors.message", contains("Type a date, e.g. 2026-11-27"));
        }
        Api.as("desk").header("Accept-Language", "zh-Hans").queryParam("date", "2026-13-01").get("/api/v1/visits")
                .then().statusCode(400).body("errors.field", contains("date"))
                .body("errors.message", contains("请输入日期,例如 2026-11-27"));
        // Nothing typed is today's.
        Api.as("desk").queryParam("date", " ").get("/api/v1/calls/summary").then().statusCode(200);
    }

    @Test
    void aMomentInAFormThatIsNoMomentIsShownNextToItsField() {
        Browser desk = Browser.signIn("desk").language("en");
        Response answer = desk.post("/loans", Map.of("kind", "TOOL", "description", "Ladder", "borrowerKind",
                "VISITOR", "borrowerName", "林小姐", "borrowerPhone", "0912345678", "dueBackAt", "tomorrow at six"));
        Document page = Jsoup.parse(answer.asString());
        assertEquals("true", page.selectFirst("input[name=dueBackAt]").attr("aria-invalid"), answer.asString());
        assertEquals(java.util.List.of("Type a date and time, e.g. 2026-11-27 14:30"),
                page.select(".field-error").eachText(), "the one field refused, in English");
    }
}
