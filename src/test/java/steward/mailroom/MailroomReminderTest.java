package steward.mailroom;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.notify.Notification;
import steward.notify.NotificationChannel;
import steward.resident.Resident;
import steward.resident.ResidentKind;
import steward.resident.Site;
import steward.support.Api;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * The recipient is told through the outbox, by the channels they consented to, with the pickup code; items not
 * collected are reminded after 3 days and then weekly, each reminder once however many replicas run the job,
 * and flagged for return after 30 days. The clock is the test's.
 */
@QuarkusTest
class MailroomReminderTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    MailroomReminders reminders;

    Instant start;

    @BeforeEach
    void setUp() {
        sites.ensure();
        // Far from the items of other tests, which this test's reminders may touch too (harmlessly).
        start = Instant.now().plus(Duration.ofDays(1500)).truncatedTo(ChronoUnit.MINUTES);
        clock.set(start);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void theRecipientIsToldByTheConsentedChannelWithThePickupCode() {
        long resident = resident(true, false, "en");
        Response created = register(Map.of("kind", "PARCEL", "recipientResidentId", resident));
        long id = created.jsonPath().getLong("id");
        String code = created.jsonPath().getString("pickupCode");
        assertEquals(List.of("SMS"), created.jsonPath().getList("notifiedBy"));
        assertEquals(false, created.jsonPath().getBoolean("phoneRecipient"));

        List<Notification> arrival = rows("item:" + id + ":arrival");
        assertEquals(1, arrival.size(), "SMS only: no email consent");
        assertEquals(NotificationChannel.SMS, arrival.get(0).channel);
        assertTrue(arrival.get(0).body.contains(code), arrival.get(0).body);
        assertTrue(arrival.get(0).body.contains("Pickup code"), "in the resident's language: " + arrival.get(0).body);
        Api.as("desk").get("/api/v1/items/" + id + "/custody").then().body("action[1]", equalTo("NOTIFIED"));

        long unreachable = resident(false, false, "zh-Hant");
        register(Map.of("kind", "LETTER", "recipientResidentId", unreachable)).then().statusCode(201)
                .body("notifiedBy.size()", equalTo(0)).body("phoneRecipient", equalTo(true));
    }

    @Test
    void remindersComeAfterThreeDaysThenWeeklyEachOnceThenTheItemIsFlaggedForReturn() throws Exception {
        long resident = resident(true, false, "zh-Hant");
        long id = register(Map.of("kind", "PARCEL", "recipientResidentId", resident)).jsonPath().getLong("id");
        long staffItem = register(Map.of("kind", "DOCUMENT", "recipientStaff", "service")).jsonPath().getLong("id");

        clock.set(start.plus(Duration.ofDays(2)).plus(Duration.ofHours(23)));
        reminders.run();
        assertEquals(0, reminded(id));

        clock.set(start.plus(Duration.ofDays(3)));
        runOnManyReplicasAtOnce(6);
        reminders.run();
        assertEquals(1, reminded(id));
        assertEquals(1, rows("item:" + id + ":reminder:1").size(), "one SMS for the first reminder");
        assertEquals(1, rows("item:" + staffItem + ":reminder:1:service").size(), "staff: in their banner");

        clock.set(start.plus(Duration.ofDays(9)));
        reminders.run();
        assertEquals(1, reminded(id), "the week after the first is not over");

        clock.set(start.plus(Duration.ofDays(10)));
        runOnManyReplicasAtOnce(4);
        assertEquals(2, reminded(id));
        assertEquals(1, rows("item:" + id + ":reminder:2").size());

        clock.set(start.plus(Duration.ofDays(17)));
        reminders.run();
        assertEquals(3, reminded(id));

        clock.set(start.plus(Duration.ofDays(30)));
        runOnManyReplicasAtOnce(4);
        reminders.run();
        Api.as("desk").get("/api/v1/items/" + id).then().body("status", equalTo("RETURN_DUE"));
        List<String> actions = Api.as("desk").get("/api/v1/items/" + id + "/custody").jsonPath().getList("action");
        assertEquals(1, actions.stream().filter("FLAGGED_FOR_RETURN"::equals).count(), actions.toString());
        assertEquals(3, actions.stream().filter("REMINDED"::equals).count(), "days 3, 10 and 17: " + actions);
        Api.as("desk").get("/api/v1/items/" + id + "/custody").then()
                .body("find { it.action == 'FLAGGED_FOR_RETURN' }.actor", equalTo(MailroomReminders.ACTOR));
        List<Notification> toDesk = rows("item:" + id + ":return-due:desk").stream()
                .filter(n -> n.channel == NotificationChannel.IN_APP).toList();
        assertEquals(1, toDesk.size(), "the desk is told once to send it back, however many runs");
        assertTrue(toDesk.get(0).body.contains("#" + id) && toDesk.get(0).body.contains("30"), toDesk.get(0).body);

        // Flagged items are no longer reminded; it goes back to the sender.
        clock.set(start.plus(Duration.ofDays(40)));
        reminders.run();
        assertEquals(3, reminded(id));
        Api.as("desk").contentType(ContentType.JSON).body("{}").post("/api/v1/items/" + id + "/return").then()
                .statusCode(200).body("status", equalTo("RETURNED"));
        assertTrue(rows("item:" + id + ":return-due:desk").stream()
                .filter(n -> n.channel == NotificationChannel.IN_APP).allMatch(n -> n.clearedAt != null),
                "sent back: the desk's banner about it is settled");
    }

    @Test
    void collectedItemsAreNotReminded() {
        long resident = resident(true, false, "zh-Hant");
        Response created = register(Map.of("kind", "PARCEL", "recipientResidentId", resident));
        long id = created.jsonPath().getLong("id");
        Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("pickupCode", created.jsonPath().getString("pickupCode"), "receivedBy", "郵件測試"))
                .post("/api/v1/items/" + id + "/handover").then().statusCode(200);
        clock.set(start.plus(Duration.ofDays(5)));
        reminders.run();
        assertEquals(0, reminded(id));
    }

    private void runOnManyReplicasAtOnce(int replicas) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            List<Callable<MailroomReminders.Run>> runs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                runs.add(reminders::run);
            }
            for (Future<MailroomReminders.Run> run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long reminded(long id) {
        return Api.as("desk").get("/api/v1/items/" + id + "/custody").jsonPath().getList("action").stream()
                .filter("REMINDED"::equals).count();
    }

    private static Response register(Map<String, Object> body) {
        return Api.as("desk").contentType(ContentType.JSON).body(body).post("/api/v1/items");
    }

    private static List<Notification> rows(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>list("businessKey = ?1 order by id", key));
    }

    /** A resident of its own with a number no other test uses. */
    private static long resident(boolean sms, boolean email, String language) {
        String phone = "+886966" + String.format("%06d", (NUMBERS.incrementAndGet() + 500_000) % 1_000_000);
        return QuarkusTransaction.requiringNew().call(() -> {
            Site site = Site.find("code", TestSites.SITE_A).firstResult();
            Resident resident = new Resident();
            resident.siteId = site.id;
            resident.name = "郵件測試";
            resident.kind = ResidentKind.OWNER;
            resident.phones = List.of(phone);
            resident.email = "mail-" + phone.substring(1) + "@test-a.invalid";
            resident.preferredLanguage = language;
            resident.recordSmsConsent(sms, sms ? java.time.Instant.now() : null,
                    sms ? steward.resident.ConsentMethod.IN_WRITING : null);
            resident.recordEmailConsent(email, email ? java.time.Instant.now() : null,
                    email ? steward.resident.ConsentMethod.IN_WRITING : null);
            resident.persist();
            return resident.id;
        });
    }
}
