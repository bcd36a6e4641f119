package steward.center;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import steward.promise.Promise;
import steward.promise.PromiseSource;
import steward.promise.PromiseState;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/** Desk inspections (一 1-5, 二(一)): the checklist, a round with photos, the corrective promise, refusals. */
@QuarkusTest
class InspectionTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewDeskStartsWithTheSeedsChecklist() {
        JsonPath desk = Center.desk("前台" + unique());
        assertEquals(List.of("CLEAN", "NO_CLUTTER", "THREE_ITEMS", "SERVICE_SIGN", "CHAIRS", "WORK_ONLY", "APPEARANCE"),
                desk.getList("items.code"));
        assertEquals("服務標牌端正放在桌面左上角", desk.getString("items[3].label"));
        Api.as("desk").header("Accept-Language", "en").get("/api/v1/inspections/desks").then().statusCode(200)
                .body("find { it.id == " + desk.getLong("id") + " }.items[2].label",
                        equalTo("At most three items on the desk"));

        long deskId = desk.getLong("id");
        JsonPath more = Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("label", "意見箱有表格和筆"))
                .post("/api/v1/inspections/desks/" + deskId + "/items").then().statusCode(200).extract().jsonPath();
        assertEquals(8, more.getList("items").size());
        long clean = more.getLong("items[0].id");
        assertEquals(true, more.getBoolean("items[0].fromSeed"));
        Api.as("supervisor").delete("/api/v1/inspections/desks/" + deskId + "/items/" + clean).then().statusCode(409)
                .contentType("application/problem+json");
        long own = more.getLong("items[7].id");
        Api.as("supervisor").delete("/api/v1/inspections/desks/" + deskId + "/items/" + own).then().statusCode(200)
                .body("items.size()", equalTo(7)).body("items[0].code", equalTo("CLEAN"));

        Api.as("desk").contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/v1/inspections/desks")
                .then().statusCode(403);
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("name", desk.getString("name")))
                .post("/api/v1/inspections/desks").then().statusCode(400).body("errors.field", hasItem("name"));
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("label", "x"))
                .post("/api/v1/inspections/desks/" + deskId + "/items").then().statusCode(404);
    }

    @Test
    void aFailedItemWithAPhotoMakesACorrectivePromise() {
        clock.set(java.time.Instant.now());
        JsonPath desk = Center.desk("前台" + unique());
        List<Long> items = Center.itemIds(desk);
        byte[] png = Center.image(2400, 1200, "png");
        List<Map<String, Object>> results = new ArrayList<>();
        for (Long item : items) {
            Map<String, Object> r = new HashMap<>(Map.of("itemId", item, "passed", true));
            results.add(r);
        }
        results.get(2).put("passed", false);
        results.get(2).put("note", "桌上有五件物品:水杯、零食、兩本雜誌、手機");
        results.get(2).put("photo", Base64.getEncoder().encodeToString(png));

        JsonPath round = Api.as("supervisor").contentType(ContentType.JSON)
                .body(Map.of("deskId", desk.getLong("id"), "shift", "DAY", "results", results))
                .post("/api/v1/inspections").then().statusCode(201).extract().jsonPath();
        assertEquals("SUPERVISOR", round.getString("kind"));
        assertEquals(6, round.getInt("passed"));
        assertEquals(1, round.getInt("failed"));
        Map<String, Object> failed = round.getMap("results.find { !it.passed }");
        assertEquals("桌面物品不多於三件", failed.get("item"));
        assertEquals(Boolean.TRUE, failed.get("hasPhoto"));
        long promiseId = ((Number) failed.get("promiseId")).longValue();

        Promise promise = QuarkusTransaction.requiringNew().call(() -> Promise.findById(promiseId));
        assertEquals(PromiseSource.INSPECTION, promise.sourceKind);
        assertEquals(round.getLong("id"), promise.sourceId);
        assertEquals(PromiseState.OPEN, promise.state);
        assertEquals("supervisor", promise.owner);
        assertTrue(promise.what.contains("桌面物品不多於三件") && promise.what.contains("兩本雜誌"), promise.what);
        assertEquals(Duration.ofHours(2), Duration.between(promise.createdAt, promise.dueAt));
        // Corrected: the promise is kept like any other in the ledger.
        Api.as("supervisor").contentType(ContentType.JSON).post("/api/v1/promises/" + promiseId + "/kept").then()
                .statusCode(200).body("state", equalTo("KEPT"));

        // The photo comes back re-encoded as a JPEG, no longer than 1600 px on its longest side.
        Response photo = Browser.signIn("desk").get((String) failed.get("photoUrl"));
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.contentType());
        BufferedImage stored = read(photo.asByteArray());
        assertEquals(1600, stored.getWidth());
        assertEquals(800, stored.getHeight());
        assertEquals(404, Browser.signIn(TestSites.OTHER_SITE_DESK).get((String) failed.get("photoUrl")).statusCode());

        Api.as("desk").queryParam("date", round.getString("inspectedAt").substring(0, 10)).get("/api/v1/inspections")
                .then().statusCode(200);
        Api.as("supervisor").get("/api/v1/inspections").then().statusCode(200)
                .body("find { it.id == " + round.getLong("id") + " }.failed", equalTo(1));
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/inspections/" + round.getLong("id")).then().statusCode(404);
        Api.as("supervisor").get("/api/v1/inspections/pass-rates").then().statusCode(200);
    }

    @Test
    void theDeskChecksItselfAtTheStartOfItsShift() {
        JsonPath desk = Center.desk("前台" + unique());
        JsonPath round = Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("deskId", desk.getLong("id"), "results", allPassed(Center.itemIds(desk))))
                .post("/api/v1/inspections").then().statusCode(201).extract().jsonPath();
        assertEquals("SELF", round.getString("kind"));
        assertEquals("desk", round.getString("inspector"));
        assertNotNull(round.getString("shift"));

        Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("deskId", desk.getLong("id"), "kind", "SUPERVISOR", "results", allPassed(Center.itemIds(desk))))
                .post("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItem("kind"));
        Api.as("admin").contentType(ContentType.JSON)
                .body(Map.of("deskId", desk.getLong("id"), "results", allPassed(Center.itemIds(desk))))
                .post("/api/v1/inspections").then().statusCode(403);
        Api.as(TestSites.OTHER_SITE_DESK).contentType(ContentType.JSON)
                .body(Map.of("deskId", desk.getLong("id"), "results", allPassed(Center.itemIds(desk))))
                .post("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItem("deskId"));
    }

    @Test
    void badPhotosAndMissingVerdictsAreRefusedAndNothingIsStored() {
        JsonPath desk = Center.desk("前台" + unique());
        long deskId = desk.getLong("id");
        List<Long> items = Center.itemIds(desk);
        byte[] jpeg = Center.image(800, 600, "jpg");
        byte[] tooLarge = Arrays.copyOf(jpeg, 5 * 1024 * 1024 + 1);
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        byte[] notAnImage = "%PDF-1.4 這不是照片".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long before = countRounds(deskId);

        for (byte[] photo : List.of(tooLarge, truncated, notAnImage, new byte[0])) {
            List<Map<String, Object>> results = allPassed(items);
            results.get(0).put("photo", Base64.getEncoder().encodeToString(photo));
            Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("deskId", deskId, "results", results))
                    .post("/api/v1/inspections").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("results[0].photo"));
        }
        List<Map<String, Object>> notBase64 = allPassed(items);
        notBase64.get(1).put("photo", "***");
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("deskId", deskId, "results", notBase64))
                .post("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItem("results[1].photo"));

        List<Map<String, Object>> failedWithoutNote = allPassed(items);
        failedWithoutNote.get(4).put("passed", false);
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("deskId", deskId, "results", failedWithoutNote))
                .post("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItem("results[4].note"));

        List<Map<String, Object>> missing = allPassed(items.subList(0, 6));
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("deskId", deskId, "results", missing))
                .post("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItem("results"));
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("deskId", deskId, "shift", "LUNCH",
                "results", allPassed(items))).post("/api/v1/inspections").then().statusCode(400)
                .body("errors.field", hasItem("shift"));
        Api.as("supervisor").contentType(ContentType.JSON).body("{\"deskId\": \"first\"}")
                .post("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItem("deskId"));
        Api.as("supervisor").queryParam("date", "yesterday").get("/api/v1/inspections").then().statusCode(400)
                .body("errors.field", hasItem("date"));

        assertEquals(before, countRounds(deskId), "nothing stored");
        long promisesOfDesk = QuarkusTransaction.requiringNew().call(() -> Promise.count(
                "sourceKind = ?1 and customerName = ?2", PromiseSource.INSPECTION, desk.getString("name")));
        assertEquals(0, promisesOfDesk, "no promise either");
    }

    /**
     * A desk's name, an item's label and a note are held to their lengths by the input records: the API names the
     * field, in the caller's language, and the page says it next to the field; nothing is written.
     */
    @Test
    void aNameLabelOrNoteTooLongIsRefusedNamingTheField() {
        JsonPath desk = Center.desk("前台" + unique());
        long deskId = desk.getLong("id");
        List<Long> items = Center.itemIds(desk);
        Api.as("supervisor").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("name", "台".repeat(51))).post("/api/v1/inspections/desks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'name' }.message", equalTo("At most 50 characters"));
        Api.as("supervisor").header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/inspections/desks").then().statusCode(400)
                .body("errors.find { it.field == 'name' }.message", equalTo("Please fill in this field"));
        Api.as("supervisor").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("label", "項".repeat(201))).post("/api/v1/inspections/desks/" + deskId + "/items").then()
                .statusCode(400).body("errors.find { it.field == 'label' }.message", equalTo("At most 200 characters"));
        List<Map<String, Object>> longNote = allPassed(items);
        longNote.get(2).put("passed", false);
        longNote.get(2).put("note", "亂".repeat(501));
        Api.as("supervisor").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("deskId", deskId, "results", longNote)).post("/api/v1/inspections").then().statusCode(400)
                .body("errors.find { it.field == 'results[2].note' }.message", equalTo("At most 500 characters"));

        Browser supervisor = Browser.signIn("supervisor");
        Document named = Jsoup.parseBodyFragment(supervisor.post("/inspections/desks",
                Map.of("name", "台".repeat(51))).asString());
        assertNotNull(named.selectFirst("form[action=/inspections/desks] input[name=name][aria-invalid=true]"));
        assertEquals("最多 50 個字", named.selectFirst("form[action=/inspections/desks] .field-error").text());
        String itemForm = "form[action=/inspections/desks/" + deskId + "/items]";
        Document labelled = Jsoup.parseBodyFragment(supervisor.post("/inspections/desks/" + deskId + "/items",
                Map.of("label", "項".repeat(201))).asString());
        assertEquals("最多 200 個字", labelled.selectFirst(itemForm + " .field-error").text());
        Browser deskStaff = Browser.signIn("desk");
        RequestSpecification round = deskStaff.request().header("HX-Request", "true")
                .header("X-CSRF-TOKEN", deskStaff.csrfToken()).contentType("multipart/form-data");
        for (int i = 0; i < items.size(); i++) {
            round.multiPart(new MultiPartSpecBuilder(i == 1 ? "FAIL" : "PASS").controlName("passed-" + items.get(i))
                    .charset("UTF-8").build());
        }
        round.multiPart(new MultiPartSpecBuilder("亂".repeat(501)).controlName("note-" + items.get(1))
                .charset("UTF-8").build());
        Document noted = Jsoup.parse(round.post("/inspections/desks/" + deskId).asString());
        assertEquals("最多 500 個字", noted.selectFirst("#item-" + items.get(1) + " .field-error").text());

        assertEquals(7, Api.as("supervisor").get("/api/v1/inspections/desks").jsonPath()
                .getList("find { it.id == " + deskId + " }.items").size(), "no item added");
        assertEquals(0, countRounds(deskId), "no round recorded");
    }

    @Test
    void theTabletFormTakesPhotosAndShowsRefusalsNextToTheItem() {
        JsonPath desk = Center.desk("前台" + unique());
        long deskId = desk.getLong("id");
        List<Long> items = Center.itemIds(desk);
        Browser browser = Browser.signIn("desk");

        Document form = Jsoup.parse(browser.get("/inspections/desks/" + deskId + "/new").asString());
        assertEquals(7, form.select("fieldset.center-item").size());
        assertNotNull(form.selectFirst("input[type=file][name=photo-" + items.get(0) + "][capture=environment]"));
        assertNotNull(form.selectFirst("input[name=shift][checked]"), "the current shift is chosen");

        byte[] truncated = Arrays.copyOf(Center.image(800, 600, "jpg"), 3000);
        Response refused = multipart(browser, items, "photo-" + items.get(3), truncated)
                .post("/inspections/desks/" + deskId);
        assertEquals(200, refused.statusCode(), "htmx swaps only 2xx");
        Document fragment = Jsoup.parse(refused.asString());
        assertNotNull(fragment.selectFirst("input[name=photo-" + items.get(3) + "][aria-invalid=true]"));
        assertEquals("照片已損壞或不完整", fragment.selectFirst("#item-" + items.get(3) + " .field-error").text());
        assertEquals("FAIL", fragment.selectFirst("input[name=passed-" + items.get(1) + "][checked]").val(),
                "what was ticked is kept");
        assertEquals(0, countRounds(deskId));

        Response recorded = multipart(browser, items, "photo-" + items.get(1), Center.image(1200, 1600, "png"))
                .post("/inspections/desks/" + deskId);
        assertEquals(200, recorded.statusCode());
        String page = recorded.header("HX-Redirect");
        assertTrue(page.startsWith("/inspections/"), page);
        Document shown = Jsoup.parse(browser.get(page).asString());
        assertEquals(1, shown.select(".center-result.failed").size());
        assertTrue(shown.selectFirst(".center-result.failed").text().contains("椅子沒有推進桌下"));
        assertNotNull(shown.selectFirst(".center-result.failed a[href^=/promises]"), "its corrective promise");
        assertNotNull(shown.selectFirst(".center-result.failed a[href^=/inspections/photos/]"));

        Document list = Jsoup.parse(browser.get("/inspections").asString());
        assertFalse(list.select("a[href=/inspections/desks/" + deskId + "/new]").isEmpty());
        assertNull(list.selectFirst("#settings"), "checklist settings are the supervisor's");
        assertNotNull(Jsoup.parse(Browser.signIn("supervisor").get("/inspections").asString()).selectFirst("#settings"));
    }

    /** The form as the tablet sends it: item 2 failed with a note, the given photo on one item. */
    private static RequestSpecification multipart(Browser browser, List<Long> items, String photoField, byte[] photo) {
        RequestSpecification request = browser.request().header("HX-Request", "true")
                .header("X-CSRF-TOKEN", browser.csrfToken()).contentType("multipart/form-data");
        request.multiPart(new MultiPartSpecBuilder("DAY").controlName("shift").charset("UTF-8").build());
        for (int i = 0; i < items.size(); i++) {
            request.multiPart(new MultiPartSpecBuilder(i == 1 ? "FAIL" : "PASS").controlName("passed-" + items.get(i))
                    .charset("UTF-8").build());
        }
        request.multiPart(new MultiPartSpecBuilder("椅子沒有推進桌下").controlName("note-" + items.get(1))
                .charset("UTF-8").build());
        request.multiPart(photoField, "photo.bin", photo, "application/octet-stream");
        return request;
    }

    static List<Map<String, Object>> allPassed(List<Long> items) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (Long item : items) {
            results.add(new HashMap<>(Map.of("itemId", item, "passed", true)));
        }
        return results;
    }

    private static long countRounds(long deskId) {
        return QuarkusTransaction.requiringNew().call(() -> Inspection.count("deskId", deskId));
    }

    private static BufferedImage read(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
