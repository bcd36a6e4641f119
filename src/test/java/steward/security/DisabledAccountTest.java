package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.resident.Site;
import steward.support.Api;
import steward.support.Browser;
import steward.support.Eventually;
import steward.support.TestSites;

/** Disabling an account ends its sessions at once: the next page goes to the sign-in, the API answers 401. */
@QuarkusTest
class DisabledAccountTest {

    @Inject
    TestSites sites;

    @Inject
    Accounts accounts;

    @Inject
    SignedInAccounts signedIn;

    @BeforeEach
    void setUp() {
        sites.ensure();
    }

    @Test
    void aSignedInTabletOfADisabledAccountIsSignedOut() throws InterruptedException {
        String username = "leaver-" + ThreadLocalRandom.current().nextInt(1_000_000);
        accounts.create(username);
        Browser tablet = Browser.signIn(username);
        assertEquals(200, tablet.get("/residents").statusCode());
        Api.as(username).get("/api/v1/residents?q=王").then().statusCode(200);

        accounts.disable(username);
        // Disabled in SQL, not through the staff page: the replica hears of it from PostgreSQL's notification.
        long id = accounts.idOf(username);
        Eventually.await(Duration.ofSeconds(10), () -> !signedIn.holds(id), () -> "the change was never heard of");

        var page = tablet.request().get("/residents");
        assertEquals(302, page.statusCode());
        assertTrue(page.header("Location").endsWith("/login"), page.header("Location"));
        assertEquals("true", tablet.request().header("HX-Request", "true").get("/residents?q=王").header("HX-Refresh"));
        Api.as(username).get("/api/v1/residents?q=王").then().statusCode(401);
        var again = Browser.atTheSignInPage().signInForm(username, TestSites.PASSWORD, request -> request);
        assertTrue(again.header("Location").contains("/login?error"), "cannot sign in again");
    }

    @jakarta.enterprise.context.ApplicationScoped
    static class Accounts {
        @Transactional
        void create(String username) {
            Account account = Account.local(username, "離職測試", TestSites.PASSWORD, Roles.DESK);
            account.siteIds.add(Site.findByCode(TestSites.SITE_A).id);
            account.persist();
        }

        @Transactional
        void disable(String username) {
            Account.findByUsername(username).enabled = false;
        }

        @Transactional
        long idOf(String username) {
            return Account.findByUsername(username).id;
        }
    }
}
