package steward.center;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.notify.Notification;
import steward.notify.NotificationChannel;
import steward.promise.SiteTimes;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * The seed's checks stay on every desk's checklist (a site adds its own and orders them), and each desk's
 * start-of-shift self-inspection is due at every shift start, reminded once when not done within 30 minutes
 * (however many replicas run the job), and counted on the dashboard.
 */
@QuarkusTest
class SelfInspectionTest {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    ShiftInspections shiftInspections;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSeedsChecksCannotBeTakenOffButEveryItemCanBeOrdered() {
        JsonPath desk = Center.desk("櫃台" + unique());
        long deskId = desk.getLong("id");
        List<Long> seed = Center.itemIds(desk);
        long own = Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("label", "意見箱有表格和筆"))
                .post("/api/v1/inspections/desks/" + deskId + "/items").then().statusCode(200).extract().jsonPath()
                .getLong("items[7].id");

        Browser supervisor = Browser.signIn("supervisor");
        Document settings = Jsoup.parse(supervisor.get("/inspections").asString());
        Element checklist = settings.selectFirst(".center-checklist[data-desk=" + deskId + "]");
        assertTrue(checklist.select(".seed-item form[action$=/remove]").isEmpty(), "no way to remove the seed's");
        assertNotNull(checklist.selectFirst("[data-item=" + own + "] form[action$=/remove]"), "the site's own may go");
        assertTrue(settings.text().contains("不能移除或停用"), "the page says so");
        Document refused = Jsoup.parseBodyFragment(supervisor.post("/inspections/desks/" + deskId + "/items/"
                + seed.get(0) + "/remove", Map.of()).asString());
        assertTrue(refused.selectFirst(".center-checklist[data-desk=" + deskId + "] .error").text().contains("不能移除"));

        // Own item to the top, on the page; then the whole order through the API.
        supervisor.post("/inspections/desks/" + deskId + "/items/" + own + "/move", Map.of("direction", "UP"));
        List<Long> afterOne = order(deskId);
        assertEquals(own, afterOne.get(6), "one place up");
        List<Long> wanted = new ArrayList<>(List.of(own));
        wanted.addAll(seed);
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("itemIds", wanted))
                .put("/api/v1/inspections/desks/" + deskId + "/items/order").then().statusCode(200)
                .body("items.id", equalTo(wanted.stream().map(Long::intValue).toList()));
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("itemIds", seed))
                .put("/api/v1/inspections/desks/" + deskId + "/items/order").then().statusCode(400)
                .body("errors.field", hasItem("itemIds"));
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("itemIds", wanted))
                .put("/api/v1/inspections/desks/" + deskId + "/items/order").then().statusCode(403);
        assertEquals(wanted, order(deskId), "nothing changed by the refused orders");
    }

    @Test
    void eachShiftStartMakesTheSelfInspectionDueAndItIsRemindedOnceWhenLate() {
        long deskId = Center.desk("櫃台" + unique()).getLong("id");
        at("2051-06-05T07:05");
        shiftInspections.run();
        assertEquals(instant("2051-06-05T07:00"), row(deskId, "DAY").dueAt());

        at("2051-06-05T07:25");
        shiftInspections.run();
        assertTrue(reminders(deskId).isEmpty(), "25 minutes: not yet");

        at("2051-06-05T07:31");
        shiftInspections.run();
        shiftInspections.run();
        List<Notification> reminded = reminders(deskId);
        assertTrue(reminded.stream().map(n -> n.recipient).toList().contains("desk"), "the desk staff are told");
        assertEquals(reminded.size(), reminded.stream().map(n -> n.recipient).distinct().count(), "once each");
        assertTrue(reminded.get(0).subject.contains("早班"), reminded.get(0).subject);

        // The desk checks itself: done, and the reminder leaves the banners.
        at("2051-06-05T07:40");
        selfInspection(deskId);
        assertEquals(instant("2051-06-05T07:40"), row(deskId, "DAY").doneAt());
        assertTrue(reminders(deskId).stream().allMatch(n -> n.clearedAt != null), "the banner settles");

        // The next shift's is due at its start; done in time, it is never reminded.
        at("2051-06-05T15:02");
        shiftInspections.run();
        selfInspection(deskId);
        at("2051-06-05T15:45");
        shiftInspections.run();
        assertNull(row(deskId, "EVENING").remindedAt(), "done in time");

        // Counted on the dashboard: the evening's in time, the day's reminded.
        JsonPath inTime = Api.as("supervisor").get("/api/v1/dashboard/self_inspections/in_time?date=2051-06-05"
                + "&period=today").then().statusCode(200).extract().jsonPath();
        String name = deskName(deskId);
        assertTrue(titles(inTime).contains(name + " · EVENING"), titles(inTime).toString());
        assertTrue(!titles(inTime).contains(name + " · DAY"), "the day's was late");
        JsonPath late = Api.as("supervisor").get("/api/v1/dashboard/self_inspections/reminded?date=2051-06-05"
                + "&period=today").then().statusCode(200).extract().jsonPath();
        assertTrue(titles(late).contains(name + " · DAY"), titles(late).toString());
    }

    @Test
    void aDeskNotStaffedInAShiftHasNothingDueThenAndShiftsAreChosenOnThePage() {
        long deskId = Center.desk("櫃台" + unique()).getLong("id");
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("shifts", List.of("DAY")))
                .put("/api/v1/inspections/desks/" + deskId + "/shifts").then().statusCode(200)
                .body("shifts", equalTo(List.of("DAY")));
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("shifts", List.of()))
                .put("/api/v1/inspections/desks/" + deskId + "/shifts").then().statusCode(400)
                .body("errors.field", hasItem("shifts"));
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("shifts", List.of("LUNCH")))
                .put("/api/v1/inspections/desks/" + deskId + "/shifts").then().statusCode(400);
        at("2051-07-01T23:10");
        shiftInspections.run();
        assertNull(rowOrNull(deskId, "NIGHT"), "not staffed at night");

        Browser supervisor = Browser.signIn("supervisor");
        Document refused = Jsoup.parseBodyFragment(supervisor.post("/inspections/desks/" + deskId + "/shifts",
                Map.of()).asString());
        assertNotNull(refused.selectFirst(".center-checklist[data-desk=" + deskId + "] .field-error"),
                "at least one shift, said next to the field");
        Document staffed = Jsoup.parseBodyFragment(supervisor.request().header("HX-Request", "true")
                .header("X-CSRF-TOKEN", supervisor.csrfToken()).formParam("shifts", "DAY").formParam("shifts", "NIGHT")
                .post("/inspections/desks/" + deskId + "/shifts").asString());
        assertEquals(List.of("DAY", "NIGHT"), staffed.select(".center-checklist[data-desk=" + deskId
                + "] .desk-shifts input[checked]").eachAttr("value"));
    }

    @Test
    void replicasRunningTheJobAtOnceRemindOnce() throws Exception {
        long deskId = Center.desk("櫃台" + unique()).getLong("id");
        at("2051-08-01T23:01");
        shiftInspections.run();
        at("2051-08-01T23:45");
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(replicas.submit(() -> shiftInspections.run()));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdownNow();
        }
        List<Notification> reminded = reminders(deskId);
        assertTrue(!reminded.isEmpty());
        assertEquals(reminded.size(), reminded.stream().map(n -> n.recipient).distinct().count(), "once each");
        assertEquals(java.time.LocalDate.of(2051, 8, 1), row(deskId, "NIGHT").shiftDate(),
                "the night that started at 23:00");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void at(String taipeiTime) {
        clock.set(instant(taipeiTime));
    }

    private static Instant instant(String taipeiTime) {
        return LocalDateTime.parse(taipeiTime).atZone(TAIPEI).toInstant();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static List<Long> order(long deskId) {
        return Api.as("supervisor").get("/api/v1/inspections/desks").jsonPath()
                .getList("find { it.id == " + deskId + " }.items.id", Long.class);
    }

    private static String deskName(long deskId) {
        return Api.as("supervisor").get("/api/v1/inspections/desks").jsonPath()
                .getString("find { it.id == " + deskId + " }.name");
    }

    /** The desk checks itself, every item passed, in the current shift. */
    private static void selfInspection(long deskId) {
        List<Long> items = order(deskId);
        List<Map<String, Object>> results = items.stream().map(i -> Map.<String, Object>of("itemId", i, "passed", true))
                .toList();
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("deskId", deskId, "kind", "SELF", "results", results))
                .post("/api/v1/inspections").then().statusCode(201).body("kind", equalTo("SELF"));
    }

    /** A desk's self-inspection due at the start of a shift. */
    record Due(Instant dueAt, Instant doneAt, Instant remindedAt, java.time.LocalDate shiftDate) {
    }

    private static Due row(long deskId, String shift) {
        Due row = rowOrNull(deskId, shift);
        assertNotNull(row, "a self-inspection due for " + shift);
        return row;
    }

    private static Due rowOrNull(long deskId, String shift) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery("""
                    select due_at, done_at, reminded_at, cast(shift_date as text) from shift_inspection
                     where desk_id = ?1 and shift = ?2""").setParameter(1, deskId).setParameter(2, shift)
                    .getResultList();
            return rows.stream().findFirst().map(r -> new Due(SiteTimes.instantOf(r[0]), SiteTimes.instantOf(r[1]),
                    SiteTimes.instantOf(r[2]), java.time.LocalDate.parse((String) r[3]))).orElse(null);
        });
    }

    private static List<Notification> reminders(long deskId) {
        String name = deskName(deskId);
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "businessKey like ?1 and channel = ?2", ShiftInspections.REMINDER_PREFIX + "%", NotificationChannel.IN_APP))
                .stream().filter(n -> n.subject.contains(name)).toList();
    }

    private static List<String> titles(JsonPath listing) {
        return listing.getList("items.title");
    }
}
