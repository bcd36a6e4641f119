package steward.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.support.Api;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * Each kind of record keeps personal data for its period (visitors 180 days, callers two years), then the
 * nightly job deletes or anonymises it; each run is audited. The records here are years older than anything
 * other tests write, so the rules touch these only.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    PrivacyJobs jobs;

    @Inject
    EntityManager em;

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
    void visitsOlderThanTheirPeriodAreDeletedAndEachRunIsAudited() {
        Instant registered = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(Duration.ofDays(3000));
        clock.set(registered);
        long old = register("舊");
        clock.set(registered.plus(Duration.ofDays(10)));
        long newer = register("新");

        clock.set(registered.plus(Duration.ofDays(179)));
        jobs.applyRetention();
        Api.as("desk").get("/api/v1/visits/" + old).then().statusCode(200);

        clock.set(registered.plus(Duration.ofDays(181)));
        jobs.applyRetention();
        Api.as("desk").get("/api/v1/visits/" + old).then().statusCode(404);
        Api.as("desk").get("/api/v1/visits/" + newer).then().statusCode(200);

        List<Map<String, Object>> events = Api.as("supervisor").queryParam("action", "RETENTION_PURGE")
                .queryParam("actor", "job:retention").get("/api/v1/audit").then().statusCode(200).extract()
                .jsonPath().getList("$");
        Map<String, Object> purge = events.stream().filter(e -> ((String) e.get("detail")).startsWith("visits:"))
                .findFirst().orElseThrow();
        assertEquals(clock.instant().toString(), Instant.parse((String) purge.get("occurredAt")).toString());
        assertTrue(((String) purge.get("detail")).startsWith("visits: deleted 1 records"), (String) purge.get("detail"));
        assertEquals("visitorRetentionDays=180", purge.get("reason"));

        clock.set(registered.plus(Duration.ofDays(191)));
        jobs.applyRetention();
        Api.as("desk").get("/api/v1/visits/" + newer).then().statusCode(404);
    }

    @Test
    void callsStayCountedButForgetTheCallerAfterTwoYears() {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(Duration.ofDays(5000));
        long call = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                insert into phone_call (site_id, caller_name, caller_phone, resident_id, rings_before_answer,
                  category, notes, outcome, started_at, ended_at, answered_by)
                select site_id, '陳大文', '+886912345678', id, 1, 'FEE', '問管理費', 'ANSWERED', ?2, ?2, 'desk'
                from resident where id = ?1 returning id""").setParameter(1, chen).setParameter(2, started)
                .getSingleResult()).longValue());

        clock.set(started.plus(Duration.ofDays(729)));
        jobs.applyRetention();
        assertEquals("陳大文", Api.as("desk").get("/api/v1/calls/" + call).path("callerName"));

        clock.set(started.plus(Duration.ofDays(731)));
        jobs.applyRetention();
        var view = Api.as("desk").get("/api/v1/calls/" + call).then().statusCode(200).extract().jsonPath();
        assertNull(view.get("callerName"));
        assertNull(view.get("notes"));
        assertEquals("FEE", view.getString("category"));
    }

    private long register(String visitor) {
        return Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("visitorName", visitor, "hostResidentId", chen, "plateNumber", "OLD123"))
                .post("/api/v1/visits").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
