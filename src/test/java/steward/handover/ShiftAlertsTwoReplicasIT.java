package steward.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static steward.support.Eventually.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Two replicas of the packaged application on one PostgreSQL, both running the new jobs of issue 20 and the outbox
 * every second: each overdue loan reminds its lender once, each handover unconfirmed 30 minutes into its shift
 * alerts each supervisor once, and each promise overdue outside the site's working hours alerts whoever is on call
 * once at once while the owner's and the supervisors' alerts are queued once and held until work starts.
 */
class ShiftAlertsTwoReplicasIT {

    static final String SECRET = "shift-alerts-it-session-secret-0123456789abcdef";
    static final int EACH = 20;

    @Test
    void eachReminderAndAlertOnceAcrossReplicas() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
            String url = PackagedApplication.createDatabase(postgres);
            int smtpPort = PackagedApplication.freePort();
            GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            List<PackagedApplication> replicas = new ArrayList<>();
            try {
                for (String name : List.of("a", "b")) {
                    PackagedApplication replica = PackagedApplication.startProduction("shift-alerts-" + name, url,
                            Map.of("STEWARD_SESSION_SECRET", SECRET, "STEWARD_LENDING_CHECK_INTERVAL", "1s",
                                    "STEWARD_HANDOVER_CHECK_INTERVAL", "1s", "STEWARD_PROMISES_CHECK_INTERVAL", "1s",
                                    "STEWARD_NOTIFY_DISPATCH_INTERVAL", "1s", "STEWARD_CENTER_CHECK_INTERVAL", "off",
                                    "STEWARD_NOTIFY_EMAIL_ENABLED", "true", "QUARKUS_MAILER_HOST", "127.0.0.1",
                                    "QUARKUS_MAILER_PORT", String.valueOf(smtpPort)));
                    replicas.add(replica);
                    replica.awaitReady();
                }
                try (Connection db = DriverManager.getConnection(url)) {
                    long site = seedSite(db);
                    db.setAutoCommit(false);
                    List<Long> loans = seedLoans(db, site);
                    List<Long> handovers = seedHandovers(db, site);
                    List<Long> promises = seedPromises(db, site);
                    db.commit();
                    db.setAutoCommit(true);

                    List<String> immediate = new ArrayList<>();
                    loans.forEach(id -> immediate.add("loan:" + id + ":overdue:desk1"));
                    handovers.forEach(id -> List.of("sup1", "sup2").forEach(s -> immediate.add("handover:" + id + ":late:" + s)));
                    promises.forEach(id -> immediate.add("promise:" + id + ":on-call:oncall1"));
                    List<String> held = new ArrayList<>();
                    promises.forEach(id -> List.of("desk1", "sup1", "sup2").forEach(s -> held.add("promise:" + id
                            + ":next-shift:" + s)));

                    long expectedSent = immediate.size() * 2L;
                    await(Duration.ofSeconds(180), () -> sent(db, immediate) == expectedSent,
                            () -> "sent: " + sent(db, immediate) + "\n" + replicas.get(1).log());
                    // Every loan, handover and promise is marked in the transaction that queued its alerts, so
                    // no later run of either replica can queue them again.
                    assertEquals(loans.size(), count(db, "select count(*) from loan where overdue_reminded_at is not null"));
                    assertEquals(handovers.size(), count(db, "select count(*) from handover where late_alerted_at is not null"));
                    assertEquals(promises.size(), count(db, "select count(*) from promise where overdue_at is not null"));
                    assertEquals(expectedSent, count(db, "select count(*) from notification where business_key = any (?) "
                            + "and state = 'SENT' and attempts = 1", (Object) keys(immediate)), "each once, at the first attempt");
                    await(Duration.ofSeconds(60), () -> heldUntilWork(db, held) == held.size() * 2L,
                            () -> "held: " + heldUntilWork(db, held));
                    assertEquals(expectedSent + held.size() * 2L, count(db, "select count(*) from notification"),
                            "nothing else, nothing twice");
                    assertEquals(loans.size(), count(db, "select count(*) from loan_event where action = 'REMINDED'"));

                    Map<String, Integer> received = new HashMap<>();
                    for (MimeMessage message : smtp.getReceivedMessages()) {
                        received.merge(message.getHeader("X-Steward-Key")[0], 1, Integer::sum);
                    }
                    for (String key : immediate) {
                        assertEquals(1, received.getOrDefault(key, 0), "one email for " + key);
                    }
                    assertTrue(held.stream().noneMatch(received::containsKey), "no held alert was mailed");
                }
            } finally {
                for (PackagedApplication replica : replicas) {
                    replica.close();
                }
                smtp.stop();
            }
        }
    }

    /** A site whose only working day is three days from now, with oncall1 on call now. */
    private static long seedSite(Connection db) throws SQLException {
        long site = SeedRows.site(db, "it", "交接測試小區");
        for (String[] staff : new String[][] { { "desk1", "desk" }, { "oncall1", "service" }, { "sup1", "supervisor" },
                { "sup2", "supervisor" } }) {
            SeedRows.staff(db, site, staff[0], staff[1], null);
        }
        execute(db, "insert into on_call_shift (site_id, username, role, phone, starts_at, ends_at) values (?, 'oncall1', "
                + "'PRIMARY', '+886912000111', now() - interval '1 day', now() + interval '1 day')", site);
        execute(db, "insert into site_calendar (site_id, counts_working_time, updated_at, updated_by) values (?, false, "
                + "now(), 'sup1')", site);
        int weekday = LocalDate.now(ZoneId.of("Asia/Taipei")).plusDays(3).getDayOfWeek().getValue();
        execute(db, "insert into working_hours (site_id, weekday, opens_minute, closes_minute) values (?, " + weekday
                + ", 540, 1020)", site);
        return site;
    }

    private static List<Long> seedLoans(Connection db, long site) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            ids.add(insert(db, "insert into loan (site_id, kind, description, borrower_kind, borrower_name, due_back_at, "
                    + "lent_by, lent_at) values (?, 'KEY', ?, 'CONTRACTOR', '王師傅', now() - interval '20 minutes', "
                    + "'desk1', now() - interval '2 hours') returning id", site, "鑰匙 " + i));
        }
        return ids;
    }

    private static List<Long> seedHandovers(Connection db, long site) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            Instant starts = Instant.now().minus(Duration.ofMinutes(31 + i));
            ids.add(insert(db, "insert into handover (site_id, shift, shift_starts_at, shift_ends_at, outgoing, "
                    + "signed_out_at) values (?, 'DAY', ?, ?, 'desk1', ?) returning id", site, Timestamp.from(starts),
                    Timestamp.from(starts.plus(Duration.ofHours(8))), Timestamp.from(starts.minus(Duration.ofMinutes(5)))));
        }
        return ids;
    }

    private static List<Long> seedPromises(Connection db, long site) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            ids.add(insert(db, "insert into promise (site_id, source_kind, what, due_at, owner, created_at) values (?, "
                    + "'OTHER', ?, now() - interval '1 minute', 'desk1', now() - interval '1 hour') returning id", site,
                    "回電 " + i));
        }
        return ids;
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            ResultSet rs = statement.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String[] keys(List<String> keys) {
        return keys.toArray(String[]::new);
    }

    /** The owner's and supervisors' alerts queued once each and held by the outbox until work starts. */
    private static long heldUntilWork(Connection db, List<String> keys) {
        try {
            return count(db, "select count(*) from notification where business_key = any (?) and state = 'PENDING' "
                    + "and next_attempt_at > now() + interval '1 day'", (Object) keys(keys));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sent(Connection db, List<String> keys) {
        try {
            return count(db, "select count(*) from notification where business_key = any (?) and state = 'SENT'",
                    (Object) keys(keys));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] array) {
                    query.setArray(i + 1, db.createArrayOf("text", array));
                } else {
                    query.setObject(i + 1, parameters[i]);
                }
            }
            ResultSet rs = query.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }
}
