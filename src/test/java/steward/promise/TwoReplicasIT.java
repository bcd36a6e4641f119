package steward.promise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static steward.support.Eventually.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import steward.embedded.PackagedApplication;
import steward.embedded.SeedRows;

/**
 * Two replicas of the packaged application on one PostgreSQL, both running the alert and dispatch jobs every
 * second, as production runs them: each overdue promise gets one alert per recipient, and each email reaches the
 * SMTP server once. Then one replica is killed (SIGKILL) in the middle of dispatching: nothing is lost, and
 * nothing is sent twice (bar the one message the dying replica may have handed to SMTP before it could record
 * it, which goes again with the same Message-ID). Last, arrears in the seed's order on two replicas at once: one
 * case per unit with its call task told to the collector once; after the calls, one statement per unit, each
 * email received once.
 */
class TwoReplicasIT {

    static final String SECRET = "two-replicas-it-session-secret-0123456789";
    static final int RECIPIENTS = 3; // the owner and two supervisors

    @Test
    void eachAlertOnceAcrossReplicasAndAKilledReplicaLosesNothing() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
            String url = PackagedApplication.createDatabase(postgres);
            int smtpPort = PackagedApplication.freePort();
            GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            List<PackagedApplication> replicas = new ArrayList<>();
            try {
                PackagedApplication a = replica(url, smtpPort, "a");
                replicas.add(a);
                a.awaitReady();
                PackagedApplication b = replica(url, smtpPort, "b");
                replicas.add(b);
                b.awaitReady();

                try (Connection db = DriverManager.getConnection(url)) {
                    long site = seedSiteAndStaff(db);

                    // Both replicas find the same 60 overdue promises at once.
                    List<Long> first = seedOverduePromises(db, site, 60, "第一批");
                    await(Duration.ofSeconds(180), () -> sentCount(db, first) == first.size() * RECIPIENTS * 2,
                            () -> "first batch: " + sentCount(db, first) + " sent");
                    assertEachAlertOnce(db, smtp, first, 0);

                    // Kill one replica while both are sending the next 150.
                    List<Long> second = seedOverduePromises(db, site, 150, "第二批");
                    int before = smtp.getReceivedMessages().length;
                    await(Duration.ofSeconds(180), () -> smtp.getReceivedMessages().length >= before + 40,
                            () -> "dispatch of the second batch did not start");
                    a.kill();
                    assertTrue(smtp.getReceivedMessages().length < before + second.size() * RECIPIENTS,
                            "killed in the middle of dispatching");
                    await(Duration.ofSeconds(240), () -> sentCount(db, second) == second.size() * RECIPIENTS * 2,
                            () -> "second batch after the kill: " + sentCount(db, second) + " sent\n" + b.log());
                    assertEachAlertOnce(db, smtp, second, 1);
                    assertEquals(0, count(db, "select count(*) from promise where state = 'OPEN' and overdue_at is null"
                            + " and due_at < now()"), "every overdue promise alerted");

                    // Arrears in the seed's order: the surviving replica and a new one evaluate the rules every
                    // second. 35 days overdue: a case with its call task for the collector, nothing to the resident.
                    PackagedApplication c = replica(url, smtpPort, "c");
                    replicas.add(c);
                    c.awaitReady();
                    int units = 40;
                    seedUnitsInArrears(db, site, units);
                    await(Duration.ofSeconds(180), () -> sent(db, "arrears-call:%") == units,
                            () -> "call tasks: " + sent(db, "arrears-call:%") + " sent\n" + c.log());
                    assertEquals(units, count(db, "select count(*) from collection_case where site_id = ? "
                            + "and assignee = 'owner1' and opened_by_rule = 'FIRST_CALL'", site), "one case per unit");
                    assertEachReceivedOnce(smtp, "arrears-call:", units);
                    assertEquals(0, sent(db, "arrears:%"), "no message to a resident before the call");

                    // The collector calls each unit (not reached): now the statement, the later step, goes by
                    // email to each resident, once.
                    seedCalls(db, site);
                    await(Duration.ofSeconds(180), () -> sent(db, "arrears:%") == units,
                            () -> "statements: " + sent(db, "arrears:%") + " sent\n" + c.log());
                    assertEquals(units, count(db, "select count(*) from arrears_reminder where site_id = ? "
                            + "and rule_code = 'STATEMENT'", site), "one statement per (unit, rule, period)");
                    assertEachReceivedOnce(smtp, "arrears:", units);
                }
            } finally {
                for (PackagedApplication replica : replicas) {
                    replica.close();
                }
                smtp.stop();
            }
        }
    }

    /**
     * One outbox row per promise, recipient and channel, all sent once; each email received once, except at
     * most {@code inFlight} messages the killed replica handed over just before it died, repeated with the same
     * Message-ID.
     */
    private static void assertEachAlertOnce(Connection db, GreenMail smtp, List<Long> promises, int inFlight)
            throws Exception {
        assertEquals(promises.size() * RECIPIENTS * 2, count(db, "select count(*) from notification where "
                + "business_key like any (?) and state = 'SENT' and attempts = 1", (Object) keyPatterns(promises)));
        Map<String, List<String>> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String key = message.getHeader("X-Steward-Key")[0];
            received.computeIfAbsent(key, k -> new ArrayList<>()).add(message.getMessageID());
        }
        int repeated = 0;
        for (long promise : promises) {
            for (String recipient : List.of("owner1", "sup1", "sup2")) {
                List<String> ids = received.getOrDefault("promise:" + promise + ":overdue:" + recipient, List.of());
                assertTrue(!ids.isEmpty(), "delivered: promise " + promise + " to " + recipient);
                assertEquals(1, ids.stream().distinct().count(), "one message: " + ids);
                repeated += ids.size() - 1;
            }
        }
        assertTrue(repeated <= inFlight, repeated + " emails repeated");
    }

    private static long seedSiteAndStaff(Connection db) throws SQLException {
        long site = SeedRows.site(db, "it", "雙副本測試小區");
        for (String[] staff : new String[][] { { "owner1", "service" }, { "sup1", "supervisor" }, { "sup2", "supervisor" } }) {
            SeedRows.staff(db, site, staff[0], staff[1], null);
        }
        return site;
    }

    /** Promises already past their due time, committed together so that both replicas see them at once. */
    private static List<Long> seedOverduePromises(Connection db, long site, int count, String label) throws SQLException {
        List<Long> ids = new ArrayList<>();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("insert into promise (site_id, source_kind, what, "
                + "customer_name, due_at, owner, created_at) values (?, 'CALL', ?, '王先生', ?, 'owner1', ?) returning id")) {
            Instant now = Instant.now();
            for (int i = 0; i < count; i++) {
                insert.setLong(1, site);
                insert.setString(2, label + " 回電 " + i);
                insert.setTimestamp(3, Timestamp.from(now.minus(Duration.ofMinutes(count - i))));
                insert.setTimestamp(4, Timestamp.from(now.minus(Duration.ofHours(3))));
                ResultSet rs = insert.executeQuery();
                rs.next();
                ids.add(rs.getLong(1));
            }
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return ids;
    }

    /** Units whose management fee fell due 35 days ago, each with a resident who consented to email. */
    private static void seedUnitsInArrears(Connection db, long site, int count) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            // No quiet hours (a setting of the site): the test runs at any hour of the site's day.
            s.execute("update site set arrears_quiet_from = '00:00', arrears_quiet_until = '00:00' where id = " + site);
            s.execute("insert into building (site_id, name) values (" + site + ", '催收棟')");
            s.execute("""
                    insert into unit (site_id, building_id, label, label_key, floor, area_m2, search_text, search_terms)
                    select %d, (select max(id) from building where site_id = %d), '催收棟' || n || '室',
                           '催收棟' || n || '室', 1, 30, '催收棟' || n || '室', array[]::text[]
                      from generate_series(1, %d) n""".formatted(site, site, count));
            s.execute("""
                    insert into ledger_line (site_id, unit_id, kind, item, period, amount, due_date, charge_key,
                                             business_date, posted_at, posted_by)
                    select u.site_id, u.id, 'CHARGE', 'MANAGEMENT_FEE', to_char(current_date - 35, 'YYYY-MM'), 1800,
                           current_date - 35, 'MANAGEMENT_FEE:it', current_date - 35, now(), 'it'
                      from unit u where u.site_id = %d and u.label like '催收棟%%'""".formatted(site));
            s.execute("""
                    insert into resident (site_id, name, kind, email, consent_email, consent_email_at,
                                          consent_email_how, search_text, search_terms)
                    select u.site_id, '欠費' || u.id, 'OWNER', 'payer' || u.id || '@it.invalid', true, now(),
                           'IN_WRITING', '欠費' || u.id, array[]::text[]
                      from unit u where u.site_id = %d and u.label like '催收棟%%'""".formatted(site));
            s.execute("""
                    insert into resident_unit (resident_id, unit_id)
                    select r.id, u.id from resident r join unit u on r.name = '欠費' || u.id where u.site_id = %d"""
                    .formatted(site));
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** A call to each unit's resident that did not reach them, recorded on each open case of the site. */
    private static void seedCalls(Connection db, long site) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("""
                    insert into collection_contact (site_id, case_id, kind, outcome, overdue, recorded_by, recorded_at)
                    select c.site_id, c.id, 'PHONE', 'NOT_REACHED', 1800, 'owner1', now()
                      from collection_case c where c.site_id = %d and c.state = 'OPEN'""".formatted(site));
        }
    }

    /** The emails whose key starts so: one per unit, each received once. */
    private static void assertEachReceivedOnce(GreenMail smtp, String keyPrefix, int units) throws Exception {
        Map<String, Long> perKey = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String key = message.getHeader("X-Steward-Key")[0];
            if (key.startsWith(keyPrefix)) {
                perKey.merge(key, 1L, Long::sum);
            }
        }
        assertEquals(units, perKey.size(), "one per unit: " + keyPrefix);
        assertTrue(perKey.values().stream().allMatch(n -> n == 1), "each received once: " + perKey);
    }

    /** The emails sent whose business key is like the pattern. */
    private static long sent(Connection db, String keyPattern) {
        try {
            return count(db, "select count(*) from notification where business_key like ? and channel = 'EMAIL' "
                    + "and state = 'SENT'", keyPattern);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] keyPatterns(List<Long> promises) {
        return promises.stream().map(p -> "promise:" + p + ":overdue:%").toArray(String[]::new);
    }

    private static long sentCount(Connection db, List<Long> promises) {
        try {
            return count(db, "select count(*) from notification where business_key like any (?) and state = 'SENT'",
                    (Object) keyPatterns(promises));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof String[] array) {
                    query.setArray(i + 1, db.createArrayOf("text", array));
                } else {
                    query.setObject(i + 1, parameter);
                }
            }
            ResultSet rs = query.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One replica: the packaged jar in the production profile, with fast jobs and email switched on. */
    private static PackagedApplication replica(String url, int smtpPort, String name) throws Exception {
        Map<String, String> environment = new HashMap<>(Map.of("STEWARD_SESSION_SECRET", SECRET,
                "STEWARD_PROMISES_CHECK_INTERVAL", "1s", "STEWARD_NOTIFY_DISPATCH_INTERVAL", "1s",
                "STEWARD_NOTIFY_EMAIL_ENABLED", "true", "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(smtpPort)));
        // Arrears rules every second (the site has no quiet hours: seedUnitsInArrears).
        environment.put("STEWARD_ARREARS_EVALUATE_INTERVAL", "1s");
        return PackagedApplication.startProduction("replica-" + name, url, environment);
    }
}
