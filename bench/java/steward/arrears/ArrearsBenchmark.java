package steward.arrears;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.TestClock;

/**
 * Arrears at scale: a site of {@code bench.units} units (default 100,000) in 50 buildings, each charged a
 * management fee for {@code bench.months} months (default 20: 2,000,000 charges), paid by one receipt per unit
 * with an allocation per charge it paid; 15% of the units leave 1 to 19 months unpaid. Then times the rule
 * evaluation of the site (the job's transaction: refresh the arrears from the ledger, close paid cases, one
 * INSERT … SELECT per rule) and the arrears view (the page and the API, signed in). Writes target/bench/arrears.md.
 *
 * Run: bench/arrears.sh (or ./mvnw -B -Pbench test -Dtest=ArrearsBenchmark).
 */
@QuarkusTest
class ArrearsBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 100_000);
    private static final int MONTHS = Integer.getInteger("bench.months", 20);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 21);
    private static final String PASSWORD = "bench-password";

    @Inject
    DataSource dataSource;

    @Inject
    ReminderService reminders;

    @Inject
    ReminderOutbox outbox;

    @Inject
    TestClock clock;

    @Test
    void measure() throws Exception {
        long started = System.nanoTime();
        long siteId = generate();
        double generatedS = (System.nanoTime() - started) / 1e9;
        // The 10th of the month after the last charge's due date: every unpaid month is overdue.
        clock.set(Instant.parse("2031-09-10T02:00:00Z"));
        StringBuilder report = new StringBuilder();
        report.append(String.format("Units: %d, charges: %d, allocations: %d, ledger lines: %d (generated in %.0f s)%n%n",
                count("select count(*) from unit where site_id = " + siteId),
                count("select count(*) from ledger_line where site_id = " + siteId + " and kind = 'CHARGE'"),
                count("select count(*) from allocation where site_id = " + siteId),
                count("select count(*) from ledger_line where site_id = " + siteId), generatedS));

        report.append("| rule evaluation of the site | seconds | units in arrears | reminders decided |\n");
        report.append("| --- | ---: | ---: | ---: |\n");
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            ReminderService.Run run = QuarkusTransaction.requiringNew().timeout(600).call(() -> reminders.evaluate(siteId));
            double seconds = (System.nanoTime() - start) / 1e9;
            report.append(String.format("| run %d%s | %.2f | %d | %d |%n", round,
                    round == 1 ? " (first: every reminder decided)" : " (again: nothing new)", seconds,
                    run.unitsInArrears(), run.reminders()));
        }
        long start = System.nanoTime();
        int queued = outbox.queueDecided();
        report.append(String.format("%nHanding the decided reminders to the outbox (rendering each in the resident's "
                + "language): %d in %.1f s.%n%n", queued, (System.nanoTime() - start) / 1e9));

        var session = steward.support.Browser.signIn("bench-collector", PASSWORD).cookies();
        long building = count("select min(id) from building where site_id = " + siteId);
        report.append("| arrears view | median ms | p95 ms | rows |\n| --- | ---: | ---: | ---: |\n");
        String[][] views = { { "page `/arrears` (by amount)", "/arrears", "text/html" },
                { "page `/arrears?sort=AGE`", "/arrears?sort=AGE", "text/html" },
                { "page `/arrears?buildingId=…&minDays=90`", "/arrears?minDays=90&buildingId=" + building, "text/html" },
                { "API `/api/v1/arrears`", "/api/v1/arrears", "application/json" },
                { "API `/api/v1/arrears?minDays=180`", "/api/v1/arrears?minDays=180", "application/json" } };
        for (String[] view : views) {
            List<Double> times = new ArrayList<>();
            String body = "";
            for (int i = 0; i < ROUNDS; i++) {
                long t = System.nanoTime();
                body = given().cookies(session).accept(view[2]).get(view[1]).then().statusCode(200).extract().asString();
                times.add((System.nanoTime() - t) / 1e6);
            }
            int rows = view[2].equals("application/json") ? body.split("\"unitId\"").length - 1
                    : body.split("class=\"arrears-row\"").length - 1;
            report.append(String.format("| %s | %.1f | %.1f | %d |%n", view[0], median(times), percentile(times, 95), rows));
        }
        clock.reset();
        Path out = Path.of("target/bench/arrears.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private long generate() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            ResultSet site = sql.executeQuery("insert into site (code, name, time_zone, currency, company_name) "
                    + "values ('bench-arrears', '基準小區', 'Asia/Taipei', 'TWD', '好管家物業') returning id");
            site.next();
            long siteId = site.getLong(1);
            sql.execute("insert into building (site_id, name) select " + siteId + ", b || '棟' from generate_series(1, 50) b");
            sql.execute("""
                    insert into unit (site_id, building_id, label, label_key, floor, area_m2, search_text, search_terms)
                    select %d, b.id, b.name || (n %% 2000) || '室', b.name || (n %% 2000) || '室', (n %% 2000) / 100 + 1,
                           30 + n %% 70,
                           b.name || (n %% 2000) || '室', array[]::text[]
                      from generate_series(0, %d) n
                      join (select id, name, row_number() over (order by id) - 1 as k from building where site_id = %d) b
                        on b.k = n / 2000
                    """.formatted(siteId, UNITS - 1, siteId));
            // A management fee a month per unit, due at the end of the month, from 2030-01 on.
            sql.execute("""
                    insert into ledger_line (site_id, unit_id, kind, item, period, amount, due_date, charge_key,
                                             business_date, posted_at, posted_by)
                    select u.site_id, u.id, 'CHARGE', 'MANAGEMENT_FEE', to_char(m.first, 'YYYY-MM'), u.area_m2 * 60,
                           (m.first + interval '1 month - 1 day')::date, 'MANAGEMENT_FEE:' || to_char(m.first, 'YYYY-MM'),
                           m.first::date, m.first, 'bench'
                      from unit u
                      cross join (select (date '2030-01-01' + (k || ' month')::interval) as first
                                    from generate_series(0, %d) k) m
                     where u.site_id = %d
                    """.formatted(MONTHS - 1, siteId));
            // How many of the last months each unit leaves unpaid: none for 85%, 1 to 19 for the rest.
            sql.execute("create temporary table owed on commit drop as select id as unit_id, "
                    + "case when id %% 100 < 85 then 0 else 1 + (id * 7919) %% %d end as months from unit where site_id = %d"
                            .formatted(Math.max(1, MONTHS - 1), siteId));
            sql.execute("""
                    insert into payment (site_id, unit_id, receipt_no, amount, currency, method, reference, idempotency_key,
                                         fingerprint, cashier, business_date, paid_at)
                    select %d, o.unit_id, 'B-' || o.unit_id, sum(l.amount), 'TWD', 'TRANSFER', 'bench', 'bench-' || o.unit_id,
                           'bench', 'bench', date '2031-08-31', timestamptz '2031-08-31 12:00+08'
                      from owed o join ledger_line l on l.unit_id = o.unit_id and l.kind = 'CHARGE'
                     where l.due_date < date '2030-01-01' + ((%d - o.months) || ' month')::interval
                     group by o.unit_id
                    """.formatted(siteId, MONTHS));
            sql.execute("""
                    insert into ledger_line (site_id, unit_id, kind, amount, payment_id, method, business_date, posted_at, posted_by)
                    select p.site_id, p.unit_id, 'PAYMENT', -p.amount, p.id, 'TRANSFER', p.business_date, p.paid_at, 'bench'
                      from payment p where p.site_id = %d
                    """.formatted(siteId));
            sql.execute("""
                    insert into allocation (site_id, payment_id, charge_line_id, amount)
                    select p.site_id, p.id, l.id, l.amount
                      from payment p join owed o on o.unit_id = p.unit_id
                      join ledger_line l on l.unit_id = p.unit_id and l.kind = 'CHARGE'
                     where p.site_id = %d and l.due_date < date '2030-01-01' + ((%d - o.months) || ' month')::interval
                    """.formatted(siteId, MONTHS));
            // A payer per unit; every tenth consents to SMS (the gateway of the test profile is a stand-in).
            sql.execute("""
                    insert into resident (site_id, name, kind, phones, consent_sms, consent_sms_at, consent_sms_how,
                                          search_text, search_terms)
                    select %d, '住戶' || u.id, 'OWNER', array['+8869' || lpad((u.id %% 100000000)::text, 8, '0')],
                           u.id %% 10 = 0, case when u.id %% 10 = 0 then now() end,
                           case when u.id %% 10 = 0 then 'IN_WRITING' end, '住戶' || u.id, array[]::text[]
                      from unit u where u.site_id = %d
                    """.formatted(siteId, siteId));
            sql.execute("""
                    insert into resident_unit (resident_id, unit_id)
                    select r.id, u.id from resident r join unit u on u.site_id = r.site_id and r.name = '住戶' || u.id
                     where r.site_id = %d
                    """.formatted(siteId));
            ResultSet account = sql.executeQuery("insert into account (username, display_name, password_hash, roles) "
                    + "values ('bench-collector', '基準', '" + BcryptUtil.bcryptHash(PASSWORD) + "', 'service') returning id");
            account.next();
            sql.execute("insert into account_site (account_id, site_id) values (" + account.getLong(1) + ", " + siteId + ")");
            connection.commit();
            sql.execute("analyze");
            return siteId;
        }
    }

    private long count(String query) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
