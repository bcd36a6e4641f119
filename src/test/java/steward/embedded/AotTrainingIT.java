package steward.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import steward.support.Browser;

/**
 * The packaged application started by Quarkus's own launcher, in production, against a PostgreSQL of its own, and
 * used as a desk uses it: signed in, its main pages, a resident search. Run by the build with the JDK's AOT cache
 * (Maven on JDK 25 or newer, the profile {@code aot-cache} of pom.xml): Quarkus then starts the jar recording what
 * the JVM loads and links, and when this test ends makes {@code target/quarkus-app/app.aot} of it, the cache the
 * application starts from ({@code java -XX:AOTCache=app.aot -jar quarkus-run.jar}). The training is this test, not a
 * step of its own, so a cache is only ever made of an application that passed it.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AotTrainingIT.Database.class, restrictToAnnotatedClass = true)
class AotTrainingIT {

    static final String PASSWORD = "aot-training-Passw0rd";
    static final List<String> PAGES = List.of("/desk", "/residents", "/promises", "/complaints", "/inquiries",
            "/mailroom", "/loans", "/handovers", "/dashboard", "/arrears", "/cashier", "/calendar");

    /** A PostgreSQL server in the test's JVM, with the company's database created, as an operator provides. */
    public static class Database implements QuarkusTestResourceLifecycleManager {

        static EmbeddedPostgres postgres;
        static String url;

        @Override
        public Map<String, String> start() {
            try {
                postgres = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(60)).start();
                url = PackagedApplication.createDatabase(postgres);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL for the packaged application did not start", e);
            }
            Map<String, String> production = new HashMap<>();
            production.put("quarkus.datasource.jdbc.url", url);
            production.put("steward.session.secret", "aot-training-it-session-secret-0123456789");
            production.put("steward.local-accounts.enabled", "true");
            production.put("quarkus.management.port", "0");
            return production;
        }

        @Override
        public void stop() {
            try {
                if (postgres != null) {
                    postgres.close();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void aSupervisorSignsInAndGoesThroughTheDesk() throws SQLException {
        try (Connection db = DriverManager.getConnection(Database.url)) {
            long site = SeedRows.site(db, "aot", "快取訓練小區");
            SeedRows.staff(db, site, "aot-supervisor", "supervisor,desk,service,cashier", BcryptUtil.bcryptHash(PASSWORD));
        }
        Browser browser = Browser.signIn("aot-supervisor", PASSWORD);
        for (String language : List.of("zh-Hant", "en")) {
            browser.language(language);
            for (String page : PAGES) {
                Response shown = browser.get(page);
                assertEquals(200, shown.statusCode(), page + " in " + language + ":\n" + shown.asString());
                assertTrue(shown.asString().contains("lang=\"" + language + "\""), page + " in " + language);
            }
        }
        Response found = browser.request().accept(ContentType.JSON).queryParam("q", "王").get("/api/v1/residents");
        assertEquals(200, found.statusCode(), found.asString());
    }
}
