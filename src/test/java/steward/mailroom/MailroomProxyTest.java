package steward.mailroom;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static steward.mailroom.MailroomItemTest.handOver;
import static steward.mailroom.MailroomItemTest.register;
import static steward.mailroom.MailroomItemTest.residentId;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * The people a resident authorised to collect their items (seed 二(六)2: nothing passes to a third party without
 * consent), and the resident withdrawing that consent: from then on the proxy is refused like anyone else.
 */
@QuarkusTest
class MailroomProxyTest {

    @Inject
    TestSites sites;

    long chen;

    @BeforeEach
    void sites() {
        sites.ensure();
        chen = residentId("陳大文");
    }

    @Test
    void serviceRecordsAProxyOnThePageAndAWithdrawnOneIsRefusedAtTheHandover() {
        String proxy = uniqueName();
        Browser service = Browser.signIn("service");
        Document added = Jsoup.parse(service.post("/mailroom/proxies",
                Map.of("residentId", String.valueOf(chen), "name", proxy, "consentNote", "住戶當面授權")).asString());
        Element inForce = proxyRow(added, proxy);
        assertNotNull(inForce, "the new proxy is listed as in force");
        assertTrue(inForce.hasClass("in-force"));
        long proxyId = Long.parseLong(inForce.attr("data-proxy"));

        long item = register("desk", Map.of("kind", "PARCEL", "recipientResidentId", chen)).jsonPath().getLong("id");
        Response revoked = revoke("service", proxyId, "住戶來電撤回授權");
        revoked.then().statusCode(200).body("revokedBy", equalTo("service")).body("revokeReason", equalTo("住戶來電撤回授權"))
                .body("revokedAt", notNullValue());

        handOver("desk", item, Map.of("idCheck", Map.of("type", "PASSPORT", "last4", "B456"), "receivedBy", proxy))
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("receivedBy"));
        Api.as("desk").get("/api/v1/items/" + item).then().body("status", equalTo("WAITING"));

        // The withdrawal stays on record, on the page and in the API.
        Document page = Jsoup.parse(Browser.signIn("desk").get("/mailroom/proxies?residentId=" + chen).asString());
        Element withdrawn = proxyRow(page, proxy);
        assertTrue(withdrawn.hasClass("withdrawn"), withdrawn.outerHtml());
        assertTrue(withdrawn.text().contains("住戶來電撤回授權"), withdrawn.text());
        assertTrue(page.select("form[action='/mailroom/proxies']").isEmpty(), "the desk reads, service records");
        Api.as("desk").queryParam("residentId", chen).get("/api/v1/mail-proxies").then().statusCode(200)
                .body("find { it.id == " + proxyId + " }.revokedBy", equalTo("service"));

        // The resident may authorise the same person again; then they collect.
        addProxy("service", proxy).then().statusCode(201).body("revokedAt", nullValue());
        handOver("desk", item, Map.of("idCheck", Map.of("type", "PASSPORT", "last4", "B456"), "receivedBy", proxy))
                .then().statusCode(200).body("status", equalTo("HANDED_OVER"));
    }

    @Test
    void aWithdrawalNeedsAReasonAndHappensOnce() {
        long proxyId = addProxy("service", uniqueName()).jsonPath().getLong("id");

        revoke("service", proxyId, " ").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        Browser supervisor = Browser.signIn("supervisor");
        Document refused = Jsoup.parse(
                supervisor.post("/mailroom/proxies/" + proxyId + "/revoke", Map.of("reason", "")).asString());
        Element form = refused.selectFirst("form[action='/mailroom/proxies/" + proxyId + "/revoke']");
        assertEquals("true", form.selectFirst("input[name=reason]").attr("aria-invalid"));
        assertNotNull(form.selectFirst(".field-error"), "the message stands next to the field");
        assertEquals(List.of(true), inForce(proxyId), "nothing changed");

        revoke("supervisor", proxyId, "住戶書面撤回").then().statusCode(200);
        revoke("service", proxyId, "再撤一次").then().statusCode(409).contentType("application/problem+json");
        assertEquals(List.of(false), inForce(proxyId));
    }

    @Test
    void onlyServiceAndSupervisorsOfTheSiteChangeProxies() {
        long proxyId = addProxy("service", uniqueName()).jsonPath().getLong("id");
        addProxy("desk", uniqueName()).then().statusCode(403);
        revoke("desk", proxyId, "櫃台不能撤回").then().statusCode(403);
        revoke("cashier", proxyId, "收銀不能撤回").then().statusCode(403);
        revoke("service", 987_654_321L, "不存在").then().statusCode(404);
        Browser desk = Browser.signIn("desk");
        assertEquals(403, desk.post("/mailroom/proxies/" + proxyId + "/revoke", Map.of("reason", "櫃台不能撤回"))
                .statusCode());
        long wangWu = Api.as("desk-b").queryParam("q", "王五").get("/api/v1/residents").jsonPath().getLong("[0].id");
        assertEquals(404, desk.get("/mailroom/proxies?residentId=" + wangWu).statusCode(), "another site's resident");
        assertEquals(List.of(true), inForce(proxyId));

        // The resident's file leads to the page.
        Document file = Jsoup.parse(desk.get("/residents/" + chen).asString());
        assertNotNull(file.selectFirst("a[href='/mailroom/proxies?residentId=" + chen + "']"));
    }

    private List<Boolean> inForce(long proxyId) {
        return Api.as("desk").queryParam("residentId", chen).get("/api/v1/mail-proxies").jsonPath()
                .getList("findAll { it.id == " + proxyId + " }.collect { it.revokedAt == null }");
    }

    private Response addProxy(String role, String name) {
        return Api.as(role).contentType(ContentType.JSON)
                .body(Map.of("residentId", chen, "name", name, "consentNote", "住戶來電授權")).post("/api/v1/mail-proxies");
    }

    private static Response revoke(String role, long proxyId, String reason) {
        return Api.as(role).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/mail-proxies/" + proxyId + "/revoke");
    }

    private static Element proxyRow(Document page, String name) {
        return page.select("li.proxy").stream().filter(li -> li.selectFirst(".name").text().equals(name)).findFirst()
                .orElse(null);
    }

    private static final AtomicLong NAMES = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100);

    /** Each test names its own proxies: the test database is shared by the whole run. */
    private static String uniqueName() {
        return "林代領" + NAMES.incrementAndGet();
    }
}
