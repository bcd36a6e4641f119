package steward.embedded;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The README's packaged run: {@code java -Dquarkus.profile=demo -jar target/quarkus-app/quarkus-run.jar} serves
 * the desk on its own embedded PostgreSQL with demo data and demo accounts, and keeps the data across restarts.
 */
class DemoProfileIT {

    @Test
    void servesTheDeskWithDemoDataAndKeepsItAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("steward-demo-data");
        int port = PackagedApplication.freePort();
        String baseUrl = "http://localhost:" + port;

        long firstId = runOnce(dataDir, port, baseUrl);
        long secondId = runOnce(dataDir, port, baseUrl);
        assertTrue(firstId == secondId, "the same data after a restart, not a second demo site");
        assertTrue(parkingAnswers.size() == 2 && parkingAnswers.get(0) >= 3, "the demo answer book: " + parkingAnswers);
        assertTrue(parkingAnswers.get(0).equals(parkingAnswers.get(1)), "not a second answer book after a restart");
    }

    /** How many published answers the desk finds for 停車, at each start. */
    private final List<Integer> parkingAnswers = new java.util.ArrayList<>();

    private long runOnce(Path dataDir, int port, String baseUrl) throws Exception {
        PackagedApplication demo = PackagedApplication.start("demo", port, List.of("-Dquarkus.profile=demo"),
                Map.of("STEWARD_EMBEDDED_DATA_DIR", dataDir.toString()));
        try {
            demo.awaitReady(Duration.ofSeconds(120));
            given().get(demo.managementUrl("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
            given().get(baseUrl + "/login").then().statusCode(200);
            // Health and metrics are on the management interface only; the OpenAPI document needs a sign-in.
            given().redirects().follow(false).get(baseUrl + "/q/health/ready").then()
                    .statusCode(org.hamcrest.Matchers.not(200));
            given().redirects().follow(false).get(baseUrl + "/q/metrics").then()
                    .statusCode(org.hamcrest.Matchers.not(200));
            given().redirects().follow(false).get(baseUrl + "/q/openapi").then().statusCode(302)
                    .header("Location", org.hamcrest.Matchers.endsWith("/login"));
            given().auth().preemptive().basic("admin", "demo").get(baseUrl + "/q/openapi").then().statusCode(200);
            given().auth().preemptive().basic("desk", "demo").queryParam("q", "陳大文")
                    .get(baseUrl + "/api/v1/residents").then().statusCode(200).body("name", hasItem("陳大文"));
            int residents = given().auth().preemptive().basic("supervisor", "demo").queryParam("q", "王")
                    .get(baseUrl + "/api/v1/residents").then().statusCode(200).extract().jsonPath().getList("$").size();
            assertTrue(residents > 1, "demo residents named 王");
            // The desk board opens on who is on call now, not on an alarm that nobody is: the demo keeps a roster.
            given().auth().preemptive().basic("desk", "demo").get(baseUrl + "/api/v1/on-call").then().statusCode(200)
                    .body("now.primary.size()", org.hamcrest.Matchers.greaterThan(0))
                    .body("now.backup.size()", org.hamcrest.Matchers.greaterThan(0))
                    .body("roster.gaps.size()", equalTo(0));
            // The arrears flow can be tried at once: units about 15, 30, 60 and over 90 days overdue, some with a
            // phone appointment already agreed (an open case).
            List<Integer> ages = given().auth().preemptive().basic("service", "demo").queryParam("sort", "AGE")
                    .get(baseUrl + "/api/v1/arrears").then().statusCode(200).extract().jsonPath()
                    .getList("daysOverdue", Integer.class);
            for (int[] range : new int[][] { { 15, 20 }, { 30, 35 }, { 60, 65 }, { 90, 400 } }) {
                assertTrue(ages.stream().anyMatch(days -> days >= range[0] && days <= range[1]),
                        "a unit " + range[0] + " days overdue: " + ages);
            }
            assertTrue(given().auth().preemptive().basic("service", "demo").get(baseUrl + "/api/v1/arrears").jsonPath()
                    .getList("caseId").stream().filter(java.util.Objects::nonNull).count() >= 3, "cases with calls");
            parkingAnswers.add(given().auth().preemptive().basic("desk", "demo").queryParam("q", "停車")
                    .get(baseUrl + "/api/v1/answers").then().statusCode(200).extract().jsonPath().getList("$").size());
            return given().auth().preemptive().basic("service", "demo").queryParam("q", "陳大文")
                    .get(baseUrl + "/api/v1/residents").jsonPath().getLong("[0].id");
        } finally {
            boolean stopped = demo.stop(Duration.ofSeconds(60));
            String log = demo.log();
            demo.close();
            assertTrue(stopped, "stops on SIGTERM");
            // Logging ends with the application, so the database's own "server stopped" shows only when it
            // stopped first (while the application still held its connections).
            int applicationStopped = log.indexOf("steward stopped in");
            int databaseStopped = log.indexOf("server stopped");
            assertTrue(applicationStopped >= 0 && (databaseStopped < 0 || applicationStopped < databaseStopped),
                    "the application stops before its embedded database:\n" + log);
            // The event loop's watchdog reports a machine too busy to run it in time (seen with a load of 18 on two
            // cores), not a fault of the start or the stop: its reports, with their stack traces, are left out.
            String judged = log.replaceAll("(?m)^.*BlockedThreadChecker.*\\R(?:\\s+at .*\\R?)*", "");
            // Nor a warning: a stop while a job runs once left a failed rollback and a closed connection in the log.
            assertFalse(judged.contains(" ERROR ") || judged.contains(" WARN ") || judged.contains("Exception"),
                    "a clean start and stop:\n" + log);
        }
    }
}
