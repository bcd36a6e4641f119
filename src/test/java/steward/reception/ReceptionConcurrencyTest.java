package steward.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;

/** Two tablets answer for the same visit at the same moment: one wins, the other is told, nothing is lost. */
@QuarkusTest
class ReceptionConcurrencyTest {

    @Inject
    TestSites sites;

    long chen;

    @BeforeEach
    void sites() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
    }

    @Test
    void twoConcurrentHostResponsesOneWinsTheOtherGets409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                long id = ReceptionVisitTest.register("desk", Map.of("visitorName", "併", "hostResidentId", chen))
                        .extract().jsonPath().getLong("id");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                for (String outcome : new String[] { "CONFIRMED", "ABSENT" }) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return Api.as("desk").contentType(ContentType.JSON).body(Map.of("outcome", outcome))
                                .post("/api/v1/visits/" + id + "/host-response");
                    }));
                }
                start.countDown();
                Response first = answers.get(0).get(30, TimeUnit.SECONDS);
                Response second = answers.get(1).get(30, TimeUnit.SECONDS);
                List<Integer> statuses = new ArrayList<>(List.of(first.statusCode(), second.statusCode()));
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses, "round " + round + ": exactly one wins");

                Response winner = first.statusCode() == 200 ? first : second;
                Response loser = first.statusCode() == 200 ? second : first;
                assertEquals("application/problem+json", loser.contentType());
                assertFalse(loser.jsonPath().getString("detail").isBlank(), "the other tablet is told why");
                // Never a lost update: the visit is in the state the winner was told.
                String stored = Api.as("desk").get("/api/v1/visits/" + id).jsonPath().getString("status");
                assertEquals(winner.jsonPath().getString("status"), stored);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
