package steward.complaint;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * A complaint may name the staff member it is about (one of the site's accounts): stored, shown on the
 * complaint, and counted in the supervisor's per-staff table, whose figure equals the list it links to.
 */
@QuarkusTest
class ComplaintAboutStaffTest {

    @Inject
    TestSites sites;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @Test
    void intakeWithAndWithoutTheStaffMember() {
        String about = "態度不好 " + UUID.randomUUID();
        JsonPath named = Api.as("service").contentType(ContentType.JSON).body(body(about, "desk"))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
        assertEquals("desk", named.getString("aboutStaff"));
        assertNotNull(named.getString("aboutStaffName"));

        JsonPath unnamed = Api.as("service").contentType(ContentType.JSON).body(body("電梯很慢", null))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
        assertNull(unnamed.getString("aboutStaff"));

        Browser service = Browser.signIn("service");
        Document page = Jsoup.parse(service.get("/complaints/" + named.getLong("id")).asString());
        assertEquals("desk", page.selectFirst(".about-staff").attr("data-username"));
        assertEquals(named.getString("aboutStaffName"), page.selectFirst(".about-staff").text());
        assertNull(Jsoup.parse(service.get("/complaints/" + unnamed.getLong("id")).asString())
                .selectFirst(".about-staff"));

        // The intake form offers the site's staff and stores the choice.
        Document intake = Jsoup.parse(service.get("/complaints/new").asString());
        assertNotNull(intake.selectFirst("select[name=aboutStaff] option[value=desk]"));
        assertNull(intake.selectFirst("select[name=aboutStaff] option[value=" + TestSites.OTHER_SITE_DESK + "]"));
        Map<String, String> form = new HashMap<>(Map.of("customerName", "路過的客人", "channel", "DESK",
                "category", "STAFF_ATTITUDE", "severity", "LOW", "description", "櫃檯沒人", "aboutStaff", "cashier"));
        String location = service.post("/complaints", form).then().statusCode(200).extract().header("HX-Redirect");
        assertEquals("cashier", Api.as("service").get("/api/v1" + location).jsonPath().getString("aboutStaff"));
    }

    @Test
    void anUnknownOrOtherSitesAccountIsRefusedNamingTheFieldAndNothingIsStored() {
        String description = "不存在的同事 " + UUID.randomUUID();
        for (String who : List.of("nobody", TestSites.OTHER_SITE_DESK)) {
            Api.as("service").contentType(ContentType.JSON).body(body(description, who)).post("/api/v1/complaints")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("aboutStaff"));
        }
        Browser service = Browser.signIn("service");
        var refused = service.post("/complaints", Map.of("customerName", "路過的客人", "channel", "DESK",
                "category", "STAFF_ATTITUDE", "severity", "LOW", "description", description, "aboutStaff",
                TestSites.OTHER_SITE_DESK));
        assertEquals(200, refused.statusCode(), "htmx swaps only 2xx");
        Document form = Jsoup.parseBodyFragment(refused.asString());
        assertEquals("true", form.selectFirst("select[name=aboutStaff]").attr("aria-invalid"));
        assertEquals("找不到這位同事", form.selectFirst("label:has(select[name=aboutStaff]) + .field-error").text());

        List<String> stored = Api.as("supervisor").get("/api/v1/complaints").jsonPath().getList("description");
        assertTrue(stored.stream().noneMatch(description::equals), "nothing stored");
    }

    @Test
    void theStaffColumnEqualsTheListItLinksTo() {
        long before = complaintsAbout("desk");
        long id = Api.as("service").contentType(ContentType.JSON).body(body("說話不耐煩", "desk"))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(before + 1, complaintsAbout("desk"));

        JsonPath list = Api.as("supervisor").get("/api/v1/dashboard/staff/complaints_about/desk").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(before + 1, list.getLong("count"));
        assertEquals(before + 1, list.getList("items").size());
        assertTrue(list.getList("items.link", String.class).contains("/complaints/" + id));

        // On the page: the cell of the desk's row links to the list of exactly those complaints.
        Browser supervisor = Browser.signIn("supervisor");
        Document page = Jsoup.parse(supervisor.get("/dashboard").asString());
        var cell = page.selectFirst(".dashboard-staff tr[data-staff=desk] td[data-column=complaints_about] a");
        assertEquals(before + 1, Long.parseLong(cell.text()));
        Document rows = Jsoup.parse(supervisor.get(cell.attr("href")).then().statusCode(200).extract().asString());
        assertEquals(before + 1, rows.select("tr.list-item").size());

        // Another site's supervisor learns nothing of them, not even that the desk account exists.
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).get("/api/v1/dashboard/staff/complaints_about/desk").then()
                .statusCode(404);
        // Only supervisors see whom complaints are about.
        Api.as("admin").get("/api/v1/dashboard/staff/complaints_about/desk").then().statusCode(403);
    }

    private static long complaintsAbout(String username) {
        List<Map<String, Object>> staff = Api.as("supervisor").get("/api/v1/dashboard").then().statusCode(200)
                .extract().jsonPath().getList("staff");
        return staff.stream().filter(r -> username.equals(r.get("username"))).findFirst()
                .map(r -> ((Map<?, ?>) r.get("counts")).get("complaints_about"))
                .map(n -> ((Number) n).longValue()).orElse(0L);
    }

    private static Map<String, Object> body(String description, String aboutStaff) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerName", "路過的客人");
        body.put("channel", "DESK");
        body.put("category", "STAFF_ATTITUDE");
        body.put("severity", "LOW");
        body.put("description", description);
        if (aboutStaff != null) {
            body.put("aboutStaff", aboutStaff);
        }
        return body;
    }
}
