package steward.resident;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

@QuarkusTest
class ResidentFileTest {

    @Inject
    TestSites sites;

    @Inject
    DataSource dataSource;

    long chen;

    @BeforeEach
    void sites() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
    }

    @ParameterizedTest
    @ValueSource(strings = { "desk", "service", "cashier", "supervisor", "admin" })
    void phonesAreMaskedForEveryRole(String role) {
        String body = Api.as(role).get("/api/v1/residents/" + chen).then().statusCode(200)
                .body("name", equalTo("陳大文"))
                .body("units.label", contains("5棟2單元502"))
                .body("phonesMasked", contains("0912-***-678"))
                .extract().asString();
        assertFalse(body.contains("345678") || body.contains("912345678"), body);

        String page = Browser.signIn(role).get("/residents/" + chen).asString();
        assertTrue(page.contains("0912-***-678"));
        assertFalse(page.contains("0912-345-678") || page.contains("912345678"), "full number on the page");
    }

    @Test
    void deskSeesWhatReceptionNeedsOnly() {
        Api.as("desk").get("/api/v1/residents/" + chen).then().statusCode(200)
                .body("canReveal", equalTo(false)).body("preferredLanguage", nullValue());
        Api.as("service").get("/api/v1/residents/" + chen).then().statusCode(200)
                .body("canReveal", equalTo(true)).body("preferredLanguage", equalTo("zh-Hant"));
    }

    @Test
    void everyViewIsAudited() {
        int before = events("supervisor", chen).size();
        Api.as("cashier").get("/api/v1/residents/" + chen).then().statusCode(200);
        Browser.signIn("desk").get("/residents/" + chen).then().statusCode(200);
        List<Map<String, Object>> after = events("supervisor", chen);
        assertEquals(before + 2, after.size());
        assertEquals("desk", after.get(0).get("actor"));
        assertEquals("VIEW_RESIDENT", after.get(0).get("action"));
        assertEquals("cashier", after.get(1).get("actor"));
    }

    @Test
    void serviceRevealsANumberWithAReasonAndItIsAudited() {
        Browser service = Browser.signIn("service");
        service.get("/residents/" + chen).then().statusCode(200);
        String reason = "住戶來電要求回撥,確認身分";
        var response = service.post("/residents/" + chen + "/phones/0/reveal", Map.of("reason", reason));
        assertEquals(200, response.statusCode());
        Document fragment = Jsoup.parseBodyFragment(response.asString());
        assertEquals("0912-345-678", fragment.selectFirst(".phone.revealed").text());

        Map<String, Object> latest = events("supervisor", chen).get(0);
        assertEquals("REVEAL_PHONE", latest.get("action"));
        assertEquals("service", latest.get("actor"));
        assertEquals(reason, latest.get("reason"), "Chinese survives the form and the database");
    }

    @Test
    void aRevealWithoutAReasonIsRefusedNextToTheField() {
        Browser service = Browser.signIn("service");
        int before = events("supervisor", chen).size();
        var response = service.post("/residents/" + chen + "/phones/0/reveal", Map.of("reason", " "));
        Document fragment = Jsoup.parseBodyFragment(response.asString());
        assertEquals("true", fragment.selectFirst("input[name=reason]").attr("aria-invalid"));
        assertFalse(fragment.select(".field-error").text().isBlank());
        assertTrue(fragment.select(".phone.revealed").isEmpty());
        assertEquals(before, events("supervisor", chen).size(), "nothing audited, nothing revealed");
    }

    @Test
    void deskCannotReveal() {
        Browser desk = Browser.signIn("desk");
        var response = desk.post("/residents/" + chen + "/phones/0/reveal", Map.of("reason", "想知道"));
        assertEquals(403, response.statusCode());
        assertFalse(response.asString().contains("0912-345-678"));
    }

    @Test
    void theAuditTrailIsAppendOnlyInTheDatabase() throws SQLException {
        Api.as("desk").get("/api/v1/residents/" + chen).then().statusCode(200);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update audit_event set actor = 'nobody'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("delete from audit_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate audit_event"));
        }
        assertFalse(events("supervisor", chen).isEmpty());
    }

    @Test
    void supervisorsBrowseTheAuditPage() {
        Api.as("desk").get("/api/v1/residents/" + chen).then().statusCode(200);
        Document page = Jsoup.parse(Browser.signIn("supervisor").get("/audit?residentId=" + chen).asString());
        assertTrue(page.select("table.table tbody tr").size() >= 1);
        List<String> cells = page.select("tbody td").eachText();
        assertTrue(cells.contains("測試 desk"), cells.toString());
        assertTrue(cells.contains("陳大文"), "the resident by name: " + cells);
        assertTrue(cells.get(0).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), "site-local time: " + cells.get(0));
    }

    static List<Map<String, Object>> events(String role, long residentId) {
        JsonPath json = Api.as(role).queryParam("residentId", residentId).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath();
        return json.getList("$");
    }
}
