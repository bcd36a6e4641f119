package steward.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static steward.support.Eventually.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Two replicas of the packaged application on one PostgreSQL, both running the call-out escalation and the
 * outbox dispatch every second: each call-out left unacknowledged past 10 minutes alerts the backup on call and
 * each supervisor once (one outbox row per recipient and channel, one email each), and a call-out still within
 * its 10 minutes alerts nobody.
 */
class CallOutTwoReplicasIT {

    static final String SECRET = "call-out-it-session-secret-0123456789abcdef";
    static final List<String> ALERTED = List.of("backup1", "sup1", "sup2");
    /** The jobs whose runs the test counts: the escalation check (CenterJobs) and the outbox's dispatch (NotifyJobs). */
    static final String ESCALATION = "escalateUnacknowledged";
    static final String DISPATCH = "dispatch";

    @Test
    void eachUnacknowledgedCallOutIsEscalatedOnceAcrossReplicas() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
            String url = PackagedApplication.createDatabase(postgres);
            int smtpPort = PackagedApplication.freePort();
            GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            List<PackagedApplication> replicas = new ArrayList<>();
            try {
                for (String name : List.of("a", "b")) {
                    PackagedApplication replica = PackagedApplication.startProduction("call-out-" + name, url,
                            Map.of("STEWARD_SESSION_SECRET", SECRET, "STEWARD_CENTER_CHECK_INTERVAL", "1s",
                                    "STEWARD_NOTIFY_DISPATCH_INTERVAL", "1s", "STEWARD_PROMISES_CHECK_INTERVAL", "off",
                                    "STEWARD_NOTIFY_EMAIL_ENABLED", "true", "QUARKUS_MAILER_HOST", "127.0.0.1",
                                    "QUARKUS_MAILER_PORT", String.valueOf(smtpPort)));
                    replicas.add(replica);
                    replica.awaitReady();
                }
                try (Connection db = DriverManager.getConnection(url)) {
                    long site = seedSiteStaffAndBackup(db);
                    List<Long> due = seedCallOuts(db, site, 40, Duration.ofMinutes(11));
                    List<Long> fresh = seedCallOuts(db, site, 5, Duration.ZERO);

                    await(Duration.ofSeconds(180), () -> sent(db, due) == due.size() * ALERTED.size() * 2L,
                            () -> "sent: " + sent(db, due) + "\n" + replicas.get(1).log());
                    // Further runs of both replicas add nothing: two more escalation checks and two more
                    // dispatches finished on each, then the counts below.
                    Map<PackagedApplication, long[]> runs = new HashMap<>();
                    for (PackagedApplication replica : replicas) {
                        runs.put(replica, new long[] { replica.jobRuns(ESCALATION), replica.jobRuns(DISPATCH) });
                    }
                    await(Duration.ofSeconds(60), () -> replicas.stream().allMatch(replica ->
                            replica.jobRuns(ESCALATION) >= runs.get(replica)[0] + 2
                                    && replica.jobRuns(DISPATCH) >= runs.get(replica)[1] + 2),
                            () -> "the replicas' jobs did not run again");
                    assertEquals(due.size() * ALERTED.size() * 2L, count(db, "select count(*) from notification "
                            + "where business_key = any (?) and state = 'SENT' and attempts = 1", (Object) keys(due)));
                    assertEquals(due.size() * ALERTED.size() * 2L, count(db, "select count(*) from notification "
                            + "where business_key like 'callout:%:escalated:%'"), "nothing for the fresh ones");
                    assertEquals(due.size(), count(db, "select count(*) from call_out where escalated_at is not null"));
                    assertEquals(0, count(db, "select count(*) from call_out where escalated_at is not null and "
                            + "id = any (?)", (Object) fresh.toArray(Long[]::new)));

                    Map<String, Integer> received = new HashMap<>();
                    for (MimeMessage message : smtp.getReceivedMessages()) {
                        received.merge(message.getHeader("X-Steward-Key")[0], 1, Integer::sum);
                    }
                    for (String key : keys(due)) {
                        assertEquals(1, received.getOrDefault(key, 0), "one email for " + key);
                    }
                }
            } finally {
                for (PackagedApplication replica : replicas) {
                    replica.close();
                }
                smtp.stop();
            }
        }
    }

    private static long seedSiteStaffAndBackup(Connection db) throws SQLException {
        long site = SeedRows.site(db, "it", "到崗測試小區");
        for (String[] staff : new String[][] { { "called1", "service" }, { "backup1", "cashier" },
                { "sup1", "supervisor" }, { "sup2", "supervisor" } }) {
            SeedRows.staff(db, site, staff[0], staff[1], null);
        }
        try (PreparedStatement shift = db.prepareStatement("insert into on_call_shift (site_id, username, role, phone, "
                + "starts_at, ends_at) values (?, ?, ?, '+886912000111', now() - interval '1 day', now() + interval '1 day')")) {
            for (String[] who : new String[][] { { "called1", "PRIMARY" }, { "backup1", "BACKUP" } }) {
                shift.setLong(1, site);
                shift.setString(2, who[0]);
                shift.setString(3, who[1]);
                shift.executeUpdate();
            }
        }
        return site;
    }

    /** Call-outs of called1 requested {@code ago}, committed together so that both replicas see them at once. */
    private static List<Long> seedCallOuts(Connection db, long site, int count, Duration ago) throws SQLException {
        List<Long> ids = new ArrayList<>();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("insert into call_out (site_id, called, phone, reason, "
                + "requested_by, requested_at) values (?, 'called1', '+886912000111', ?, 'desk', ?) returning id")) {
            Instant requested = Instant.now().minus(ago);
            for (int i = 0; i < count; i++) {
                insert.setLong(1, site);
                insert.setString(2, "電梯困人 " + i);
                insert.setTimestamp(3, java.sql.Timestamp.from(requested));
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

    private static String[] keys(List<Long> callOuts) {
        return callOuts.stream().flatMap(id -> ALERTED.stream().map(who -> "callout:" + id + ":escalated:" + who))
                .toArray(String[]::new);
    }

    private static long sent(Connection db, List<Long> callOuts) {
        try {
            return count(db, "select count(*) from notification where business_key = any (?) and state = 'SENT'",
                    (Object) keys(callOuts));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] array) {
                    query.setArray(i + 1, db.createArrayOf("text", array));
                } else if (parameters[i] instanceof Long[] array) {
                    query.setArray(i + 1, db.createArrayOf("bigint", array));
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
