package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.Statements;
import steward.support.TestSites;

/**
 * What a signed-in request costs in statements (issue 19), counted by PostgreSQL: a tablet's second look at a page
 * or an API call reads neither its account nor its sites (the session's row is read, the account is the one this
 * replica kept). The figures are printed for docs/BENCHMARKS.md.
 */
@QuarkusTest
class SignedInRequestStatementsTest {

    private static final List<String> ACCOUNT_TABLES = List.of("account", "account_site");

    @Inject
    TestSites sites;

    @Inject
    DataSource database;

    @BeforeEach
    void setUp() {
        sites.ensure();
    }

    @Test
    void aSecondIdenticalRequestReadsNeitherTheAccountNorItsSites() {
        Browser tablet = Browser.signIn(sites.freshAccount(Roles.DESK));
        Map<String, Long> accountReadsByPath = new LinkedHashMap<>();
        for (String path : List.of("/desk", "/residents", "/mailroom", "/api/v1/residents?q=王")) {
            Runnable look = () -> assertEquals(200, tablet.request().accept(path.startsWith("/api") ? ContentType.JSON
                    : ContentType.HTML).get(path).statusCode(), path);
            look.run();
            long statements = Statements.of(database, 3, look);
            long accountReads = Statements.naming(database, 3, ACCOUNT_TABLES, look);
            System.out.printf("statements per request: %s with a session cookie: %d, of which account reads: %d%n",
                    path, statements, accountReads);
            accountReadsByPath.put(path, accountReads);
        }
        assertEquals(Map.of("/desk", 0L, "/residents", 0L, "/mailroom", 0L, "/api/v1/residents?q=王", 0L),
                accountReadsByPath);
    }

    /** The phone region is the site's: read for a number typed without its country code, never for a name. */
    @Test
    void aSearchReadsTheSiteOnlyForAWholePhoneNumber() {
        Browser tablet = Browser.signIn(sites.freshAccount(Roles.DESK));
        Map<String, Long> siteReads = new LinkedHashMap<>();
        for (String query : List.of("王", "0912345678")) {
            Runnable search = () -> assertEquals(200, tablet.request().accept(ContentType.JSON).queryParam("q", query)
                    .get("/api/v1/residents").statusCode(), query);
            search.run();
            siteReads.put(query, Statements.naming(database, 3, List.of("site"), search));
        }
        assertEquals(Map.of("王", 0L, "0912345678", 1L), siteReads);
    }

    @Test
    void anApiCallWithAPasswordReadsTheAccountOnceForThePassword() {
        String username = sites.freshAccount(Roles.DESK);
        Runnable call = () -> Api.as(username).get("/api/v1/residents?q=王").then().statusCode(200);
        call.run();
        long statements = Statements.of(database, 3, call);
        long accountReads = Statements.naming(database, 3, ACCOUNT_TABLES, call);
        System.out.printf("statements per request: /api/v1/residents?q=王 with HTTP Basic: %d, of which account"
                + " reads: %d%n", statements, accountReads);
        assertEquals(1, accountReads, "the password and lock-outs are checked against the account as it is now");
    }
}
