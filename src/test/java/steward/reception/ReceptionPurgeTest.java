package steward.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestClock;
import steward.support.TestSites;

/** Visitor records are deleted after the retention period (180 days by default), and each purge is audited. */
@QuarkusTest
class ReceptionPurgeTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    ReceptionJobs jobs;

    long chen;

    @BeforeEach
    void sites() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void visitsOlderThanTheRetentionArePurgedAndThePurgeIsAudited() {
        // Well before anything other tests register, so the purge below touches these visits only.
        Instant registered = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(Duration.ofDays(400));
        clock.set(registered);
        long old = ReceptionVisitTest.register("desk", Map.of("visitorName", "舊", "hostResidentId", chen))
                .extract().jsonPath().getLong("id");
        clock.set(registered.plus(Duration.ofDays(10)));
        long newer = ReceptionVisitTest.register("desk", Map.of("visitorName", "新", "hostResidentId", chen))
                .extract().jsonPath().getLong("id");

        clock.set(registered.plus(Duration.ofDays(179)));
        jobs.purgeExpiredVisits();
        Api.as("desk").get("/api/v1/visits/" + old).then().statusCode(200);

        clock.set(registered.plus(Duration.ofDays(181)));
        jobs.purgeExpiredVisits();
        Api.as("desk").get("/api/v1/visits/" + old).then().statusCode(404);
        Api.as("desk").get("/api/v1/visits/" + newer).then().statusCode(200);

        List<Map<String, Object>> events = Api.as("supervisor").get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> purge = events.stream().filter(e -> "PURGE_VISITS".equals(e.get("action"))).findFirst()
                .orElseThrow();
        assertEquals("job:visit-purge", purge.get("actor"));
        assertEquals(clock.instant().toString(), Instant.parse((String) purge.get("occurredAt")).toString());
        assertTrue(((String) purge.get("detail")).startsWith("deleted 1 visits"), (String) purge.get("detail"));
        assertTrue(((String) purge.get("reason")).contains("180"));

        clock.set(registered.plus(Duration.ofDays(191)));
        jobs.purgeExpiredVisits();
        Api.as("desk").get("/api/v1/visits/" + newer).then().statusCode(404);
    }
}
