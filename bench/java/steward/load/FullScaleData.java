package steward.load;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import io.quarkus.elytron.security.common.BcryptUtil;
import steward.demo.DemoData;
import steward.resident.Phones;
import steward.resident.SearchTerms;
import steward.resident.UnitLabel;

/**
 * The whole company at full scale, written straight into the schema that the application's Flyway created: sites
 * of 2,000 units (50 of them make 100,000 units), two residents per unit (200,000), a management fee per unit and
 * month for {@code months} months (20 make 2,000,000 charges), every month but the current one paid by one
 * transfer per unit with an allocation per charge, and a year of visits, calls and complaints (each complaint with
 * its promise). Units and residents go in by COPY with the application's own search terms; everything derived
 * from them is one INSERT … SELECT over generate_series, so the database does the work in bulk.
 *
 * Accounts: per site two tablets (desk and cashier: {@code tablet-NNN}) and a supervisor ({@code load-sup-NN}).
 */
final class FullScaleData {

    static final String PASSWORD = "load-password";
    static final ZoneId ZONE = ZoneId.of("Asia/Taipei");
    static final int UNITS_PER_SITE = 2_000;
    static final int TABLETS_PER_SITE = 2;
    /** A busy desk's day: visitors, calls and complaints (each complaint carries a promise). */
    static final int VISITS_PER_DAY = 40;
    static final int CALLS_PER_DAY = 60;
    static final int COMPLAINTS_PER_DAY = 4;

    private final Connection connection;
    private final int sites;
    private final int months;

    FullScaleData(Connection connection, int units, int months) {
        this.connection = connection;
        this.sites = Math.max(1, units / UNITS_PER_SITE);
        this.months = months;
    }

    static String siteCode(int site) {
        return String.format("load-%02d", site);
    }

    static String tablet(int site, int index) {
        return String.format("tablet-%03d", (site - 1) * TABLETS_PER_SITE + index);
    }

    static String supervisor(int site) {
        return String.format("load-sup-%02d", site);
    }

    /** Whether the data is already there (the data directory survives runs unless asked to start afresh). */
    boolean present() throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from site where code like 'load-%'")) {
            rows.next();
            return rows.getInt(1) == sites;
        }
    }

    void generate() throws Exception {
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("set synchronous_commit = off");
            String hash = BcryptUtil.bcryptHash(PASSWORD);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Random random = new Random(42);
            for (int site = 1; site <= sites; site++) {
                long siteId = insertSite(sql, site);
                List<Long> buildings = new ArrayList<>();
                for (int b = 1; b <= 4; b++) {
                    buildings.add(id(sql, "insert into building (site_id, name) values (" + siteId + ", '" + b + "棟') returning id"));
                }
                copy.copyIn("copy unit (site_id, building_id, label, label_key, floor, area_m2, search_text, search_terms) from stdin",
                        new StringReader(units(siteId, buildings)));
                copy.copyIn("copy resident (site_id, name, kind, phones, search_text, search_terms) from stdin",
                        new StringReader(residents(siteId, random)));
                for (int t = 1; t <= TABLETS_PER_SITE; t++) {
                    account(sql, tablet(site, t), "desk,cashier", hash, siteId);
                }
                account(sql, supervisor(site), "supervisor", hash, siteId);
            }
            // Two residents per unit, in the order both were copied.
            sql.execute("""
                    insert into resident_unit (resident_id, unit_id)
                    select r.id, u.id
                      from (select id, site_id, row_number() over (partition by site_id order by id) as n
                              from resident where site_id in (select id from site where code like 'load-%')) r
                      join (select id, site_id, row_number() over (partition by site_id order by id) as n
                              from unit where site_id in (select id from site where code like 'load-%')) u
                        on u.site_id = r.site_id and u.n = (r.n + 1) / 2
                    """);
            charges(sql);
            history(sql);
            connection.commit();
        }
        connection.setAutoCommit(true);
        try (Statement sql = connection.createStatement()) {
            sql.execute("vacuum analyze");
        }
    }

    private long insertSite(Statement sql, int site) throws SQLException {
        return id(sql, "insert into site (code, name, time_zone, currency, company_name) values ('" + siteCode(site)
                + "', '第" + site + "小區', '" + ZONE.getId() + "', 'TWD', '好管家物業') returning id");
    }

    /** 4 buildings × 2 entrances × 25 floors × 10 rooms, labelled as the desk types them: 3棟2單元1203. */
    private static String units(long siteId, List<Long> buildings) {
        StringBuilder rows = new StringBuilder();
        for (int b = 1; b <= 4; b++) {
            for (int entrance = 1; entrance <= 2; entrance++) {
                for (int floor = 1; floor <= 25; floor++) {
                    for (int room = 1; room <= 10; room++) {
                        String label = String.format("%d棟%d單元%d%02d", b, entrance, floor, room);
                        rows.append(siteId).append('\t').append(buildings.get(b - 1)).append('\t').append(label)
                                .append('\t').append(UnitLabel.key(label)).append('\t').append(floor).append('\t').append(30 + (floor * 7 + room * 13) % 70)
                                .append('\t').append(SearchTerms.normalise(label)).append('\t')
                                .append(array(SearchTerms.forText(label))).append('\n');
                    }
                }
            }
        }
        return rows.toString();
    }

    /** Two per unit: names and mobiles from the demo's generator, terms as {@code Resident} indexes them. */
    private static String residents(long siteId, Random random) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < UNITS_PER_SITE * 2; i++) {
            String name = DemoData.randomName(random);
            String phone = Phones.normalise(DemoData.randomMobile(random), "TW").orElse("+886912000000");
            Set<String> terms = new LinkedHashSet<>(SearchTerms.forName(name));
            terms.addAll(SearchTerms.forPhone(phone));
            rows.append(siteId).append('\t').append(name).append('\t').append(i % 2 == 0 ? "OWNER" : "HOUSEHOLD")
                    .append('\t').append(array(Set.of(phone))).append('\t').append(SearchTerms.normalise(name))
                    .append('\t').append(array(terms)).append('\n');
        }
        return rows.toString();
    }

    /** A text[] literal in COPY's text format, each element quoted (terms are grams, pinyin and digits). */
    private static String array(Set<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (value.matches(".*[\\\\\"\\t\\n].*")) {
                throw new IllegalArgumentException("A term COPY would need to escape: " + value);
            }
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value).append('"');
        }
        return literal.append('}').toString();
    }

    private static void account(Statement sql, String username, String roles, String hash, long siteId) throws SQLException {
        long id = id(sql, "insert into account (username, display_name, password_hash, roles) values ('" + username
                + "', '員工 " + username + "', '" + hash + "', '" + roles + "') returning id");
        sql.execute("insert into account_site (account_id, site_id) values (" + id + ", " + siteId + ")");
    }

    /**
     * A management fee per unit and month, due at the month's end, up to the current month; every earlier month
     * paid by one transfer per unit (its ledger line and an allocation per charge), so nobody is in arrears and
     * the current month is open at the cashier.
     */
    private void charges(Statement sql) throws SQLException {
        YearMonth current = YearMonth.now(ZONE);
        LocalDate first = current.minusMonths(months - 1L).atDay(1);
        LocalDate paidOn = current.atDay(1).minusDays(1);
        sql.execute("""
                insert into ledger_line (site_id, unit_id, kind, item, period, amount, due_date, charge_key,
                                         business_date, posted_at, posted_by)
                select u.site_id, u.id, 'CHARGE', 'MANAGEMENT_FEE', to_char(m.first, 'YYYY-MM'), u.area_m2 * 60,
                       (m.first + interval '1 month - 1 day')::date, 'MANAGEMENT_FEE:' || to_char(m.first, 'YYYY-MM'),
                       m.first::date, m.first, 'load'
                  from unit u
                 cross join (select (date '%s' + (k || ' month')::interval) as first from generate_series(0, %d) k) m
                 where u.site_id in (select id from site where code like 'load-%%')
                """.formatted(first, months - 1));
        if (months < 2) {
            return;
        }
        sql.execute("""
                insert into payment (site_id, unit_id, receipt_no, amount, currency, method, reference, idempotency_key,
                                     fingerprint, cashier, business_date, paid_at)
                select l.site_id, l.unit_id, 'L-' || l.unit_id, sum(l.amount), 'TWD', 'TRANSFER', 'load',
                       'load-' || l.unit_id, 'load', 'load', date '%1$s', timestamptz '%1$s 12:00+08'
                  from ledger_line l
                 where l.kind = 'CHARGE' and l.due_date < date '%2$s'
                   and l.site_id in (select id from site where code like 'load-%%')
                 group by l.site_id, l.unit_id
                """.formatted(paidOn, current.atDay(1)));
        sql.execute("""
                insert into ledger_line (site_id, unit_id, kind, amount, payment_id, method, business_date, posted_at, posted_by)
                select p.site_id, p.unit_id, 'PAYMENT', -p.amount, p.id, 'TRANSFER', p.business_date, p.paid_at, 'load'
                  from payment p where p.idempotency_key like 'load-%'
                """);
        sql.execute("""
                insert into allocation (site_id, payment_id, charge_line_id, amount)
                select p.site_id, p.id, l.id, l.amount
                  from payment p join ledger_line l on l.unit_id = p.unit_id and l.kind = 'CHARGE'
                 where p.idempotency_key like 'load-%%' and l.due_date < date '%s'
                """.formatted(current.atDay(1)));
    }

    /**
     * A year of the desk's records at random times between 08:00 and 20:00 of each day, all closed; today's
     * visitors still on the board. Complaints of the last two days are open with a promise due tomorrow, older
     * ones resolved with their promise kept.
     */
    private void history(Statement sql) throws SQLException {
        String days = """
                select s.id as site_id, u0.first_unit, r0.first_resident, d,
                       date_trunc('day', now() at time zone '%1$s') at time zone '%1$s' - (d || ' day')::interval as day
                  from site s
                  join (select site_id, min(id) as first_unit from unit group by site_id) u0 on u0.site_id = s.id
                  join (select site_id, min(id) as first_resident from resident group by site_id) r0 on r0.site_id = s.id
                 cross join generate_series(1, 365) d
                 where s.code like 'load-%%'
                """.formatted(ZONE.getId());
        String at = "day + interval '8 hours' + (random() * 12 * 3600) * interval '1 second'";
        sql.execute("""
                insert into visit (site_id, visitor_name, unit_id, status, host_response, registered_at, registered_by,
                                   responded_at, left_at)
                select site_id, '訪客' || k, first_unit + (random() * %d)::int, 'LEFT', 'CONFIRMED', t, 'load',
                       t + interval '1 minute', t + interval '40 minutes'
                  from (select *, %s as t from (%s) days cross join generate_series(1, %d) k) v
                """.formatted(UNITS_PER_SITE - 1, at, days, VISITS_PER_DAY));
        sql.execute("""
                insert into visit (site_id, visitor_name, unit_id, status, host_response, registered_at, registered_by,
                                   responded_at)
                select s.id, '訪客' || k, u0.first_unit + (random() * %d)::int, 'CONFIRMED', 'CONFIRMED',
                       now() - (k * 7) * interval '1 minute', 'load', now() - (k * 7 - 1) * interval '1 minute'
                  from site s join (select site_id, min(id) as first_unit from unit group by site_id) u0 on u0.site_id = s.id
                 cross join generate_series(1, 8) k
                 where s.code like 'load-%%'
                """.formatted(UNITS_PER_SITE - 1));
        sql.execute("""
                insert into phone_call (site_id, caller_name, rings_before_answer, category, outcome, started_at,
                                        ended_at, answered_by)
                select site_id, '來電' || k, 1 + (random() * 5)::int, 'INQUIRY', 'ANSWERED', t, t + interval '90 seconds', 'load'
                  from (select *, %s as t from (%s) days cross join generate_series(1, %d) k) c
                """.formatted(at, days, CALLS_PER_DAY));
        sql.execute("""
                insert into complaint (site_id, channel, resident_id, category, description, severity, state,
                                       received_by, received_at, resolved_by, resolved_at, resolution)
                select site_id, 'DESK', first_resident + (random() * %d)::int, 'NOISE', '樓上噪音' || k, 'LOW',
                       case when d <= 2 then 'OPEN' else 'RESOLVED' end, 'load', t,
                       case when d <= 2 then null else 'load' end,
                       case when d <= 2 then null else t + interval '20 hours' end,
                       case when d <= 2 then null else '已協調' end
                  from (select *, %s as t from (%s) days cross join generate_series(1, %d) k) c
                """.formatted(UNITS_PER_SITE * 2 - 1, at, days, COMPLAINTS_PER_DAY));
        sql.execute("""
                insert into promise (site_id, source_kind, source_id, what, resident_id, due_at, owner, state, created_at, closed_at)
                select c.site_id, 'COMPLAINT', c.id, '回覆處理結果', c.resident_id,
                       case when c.state = 'OPEN' then now() + interval '1 day' else c.received_at + interval '1 day' end,
                       'load', case when c.state = 'OPEN' then 'OPEN' else 'KEPT' end, c.received_at, c.resolved_at
                  from complaint c where c.received_by = 'load'
                """);
    }

    /** What was generated, for the report. */
    String summary() throws SQLException {
        return String.format("sites: %d, units: %d, residents: %d, charges: %d, payments: %d, allocations: %d, "
                + "visits: %d, calls: %d, complaints: %d, promises: %d",
                count("select count(*) from site where code like 'load-%'"), count("select count(*) from unit"),
                count("select count(*) from resident"), count("select count(*) from ledger_line where kind = 'CHARGE'"),
                count("select count(*) from payment"), count("select count(*) from allocation"),
                count("select count(*) from visit"), count("select count(*) from phone_call"),
                count("select count(*) from complaint"), count("select count(*) from promise"));
    }

    private long count(String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long id(Statement sql, String insert) throws SQLException {
        try (ResultSet row = sql.executeQuery(insert)) {
            row.next();
            return row.getLong(1);
        }
    }
}
