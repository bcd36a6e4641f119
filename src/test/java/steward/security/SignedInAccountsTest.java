package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import steward.support.Api;
import steward.support.Browser;
import steward.support.Eventually;
import steward.support.Statements;
import steward.support.TestSites;

/**
 * The signed-in account kept in memory between requests ({@link SignedInAccounts}) never outlives a change: an
 * administrator's change shows on the user's very next request, a change made on another replica (or in SQL) is
 * heard through PostgreSQL, and while the listening connection is lost nothing kept is used.
 */
@QuarkusTest
class SignedInAccountsTest {

    private static final List<String> ACCOUNT_TABLES = List.of("account", "account_site");

    @Inject
    TestSites sites;

    @Inject
    SignedInAccounts signedIn;

    @Inject
    DataSource database;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @BeforeEach
    void setUp() {
        sites.ensure();
    }

    @Test
    void anAdministratorsChangeShowsOnTheUsersVeryNextRequest() {
        TestSites.FreshSite x = sites.freshSite("cache-x");
        TestSites.FreshSite y = sites.freshSite("cache-y");
        String admin = x.account(Roles.ADMIN);
        givesSite(admin, y.siteId());
        String user = "cached-" + x.prefix();
        asAdmin(admin).body(Map.of("username", user, "displayName", "快取測試", "password", TestSites.PASSWORD,
                "roles", List.of("desk"), "siteIds", List.of(x.siteId(), y.siteId()))).post("/api/v1/staff")
                .then().statusCode(201);
        Browser tablet = Browser.signIn(user);
        assertEquals(200, tablet.get("/residents/" + y.residentId()).statusCode());
        assertEquals(403, tablet.get("/audit").statusCode());
        assertTrue(signedIn.holds(idOf(user)), "the account is kept between the user's requests");

        asAdmin(admin).body(Map.of("displayName", "快取測試", "roles", List.of("desk", "supervisor"),
                "siteIds", List.of(x.siteId()))).put("/api/v1/staff/" + user).then().statusCode(200);
        assertEquals(404, tablet.get("/residents/" + y.residentId()).statusCode(), "the site taken away");
        assertEquals(200, tablet.get("/audit").statusCode(), "the role given");
        assertEquals(200, tablet.get("/residents/" + x.residentId()).statusCode());

        asAdmin(admin).post("/api/v1/staff/" + user + "/disable").then().statusCode(200);
        var page = tablet.get("/residents");
        assertEquals(302, page.statusCode());
        assertTrue(page.header("Location").endsWith("/login"), page.header("Location"));
    }

    @Test
    void anotherReplicaForgetsTheAccountWhenItChangesAndUsesNothingKeptWhileItCannotListen() throws Exception {
        TestSites.FreshSite x = sites.freshSite("replica");
        long user = idOf(x.account(Roles.DESK));
        // A second replica: its own memory and its own listening connection, on the same database.
        SignedInAccounts replica = new SignedInAccounts(database, transactions);
        AccountChanges listener = new AccountChanges(database, replica, Duration.ofHours(1));
        listener.start();
        try {
            Eventually.await(Duration.ofSeconds(10), replica::listening, () -> "the second replica never listened");
            replica.byId(user);
            assertEquals(0, Statements.naming(database, 1, ACCOUNT_TABLES, () -> replica.byId(user)), "kept");

            // A change rolled back is never announced: notifications arrive in commit order, so once a later
            // change of another account is heard, the rolled-back one would have been heard before it.
            long colleague = idOf(x.account(Roles.SERVICE));
            replica.byId(colleague);
            try (Connection connection = database.getConnection();
                    PreparedStatement rename = connection.prepareStatement(
                            "update account set display_name = '未成' where id = ?")) {
                connection.setAutoCommit(false);
                rename.setLong(1, user);
                rename.executeUpdate();
                connection.rollback();
                connection.setAutoCommit(true);
            }
            execute("update account set display_name = '同事' where id = ?", colleague);
            Eventually.await(Duration.ofSeconds(10), () -> !replica.holds(colleague), () -> "never heard of it");
            assertTrue(replica.holds(user), "the rolled-back change was announced");

            // Changed on this replica, through the application: the other one hears it when it commits.
            asAdmin(x.account(Roles.ADMIN)).body(Map.of("displayName", "改名 甲", "roles", List.of("desk"),
                    "siteIds", List.of(x.siteId()))).put("/api/v1/staff/" + x.account(Roles.DESK))
                    .then().statusCode(200);
            Eventually.await(Duration.ofSeconds(10), () -> !replica.holds(user), () -> "never heard of the change");
            assertEquals("改名 甲", replica.byId(user).displayName());

            // Changed in SQL, as an operator would: the trigger tells every replica just the same.
            execute("update account set display_name = '改名 乙' where id = ?", user);
            Eventually.await(Duration.ofSeconds(10), () -> !replica.holds(user), () -> "never heard of the SQL");
            assertEquals("改名 乙", replica.byId(user).displayName());

            // The site closed: it is no longer one of the account's sites.
            assertEquals(List.of(x.siteId()), replica.byId(user).siteIds());
            execute("update site set closed_at = now() where id = ?", x.siteId());
            Eventually.await(Duration.ofSeconds(10), () -> !replica.holds(user), () -> "never heard of the site");
            assertEquals(List.of(), replica.byId(user).siteIds());
            execute("update site set closed_at = null where id = ?", x.siteId());

            // The listening connection ends: everything kept is dropped, every lookup reads the database.
            replica.byId(user);
            execute("select pg_terminate_backend(?)", listener.backendPid());
            Eventually.await(Duration.ofSeconds(10), () -> !replica.listening(), () -> "never noticed the loss");
            assertFalse(replica.holds(user));
            assertEquals(2, Statements.naming(database, 1, ACCOUNT_TABLES, () -> {
                replica.byId(user);
                replica.byId(user);
            }), "nothing is kept while nobody listens");
            execute("update account set display_name = '改名 丙' where id = ?", user);
            assertEquals("改名 丙", replica.byId(user).displayName(), "a change nobody heard of is read at once");

            listener.connectNow();
            Eventually.await(Duration.ofSeconds(10), replica::listening, () -> "never listened again");
            replica.byId(user);
            assertEquals(0, Statements.naming(database, 1, ACCOUNT_TABLES, () -> replica.byId(user)),
                    "kept again once it listens");
        } finally {
            listener.stop();
        }
    }

    private static io.restassured.specification.RequestSpecification asAdmin(String admin) {
        return Api.as(admin).contentType(ContentType.JSON);
    }

    private void givesSite(String username, long siteId) {
        execute("insert into account_site (account_id, site_id) values (?, ?)", idOf(username), siteId);
    }

    private long idOf(String username) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("select id from account where username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
