package steward.dashboard;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hibernate.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import steward.resident.Building;
import steward.resident.Resident;
import steward.resident.ResidentKind;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.Account;
import steward.security.Roles;
import steward.support.TestSites;

/**
 * Generated history of one site, written straight into the tables the dashboard reads (JDBC batches, so a
 * year of a 2,000-unit site takes seconds). Every row is also kept here, so tests can count what they expect
 * without the dashboard's SQL. The benchmark in bench/ uses it too.
 */
@ApplicationScoped
public class DashboardData {

    static final ZoneId ZONE = ZoneId.of("Asia/Taipei");
    static final String[] HOST_RESPONSES = { "CONFIRMED", "ASKED_TO_WAIT", "ABSENT", "DECLINED", null };
    static final String[] INQUIRY_OUTCOMES = { "ANSWERED", "ANSWERED_WITHOUT_BOOK", "CALLBACK" };
    static final String[] METHODS = { "CASH", "CARD", "TRANSFER", "MOBILE" };

    /** A generated site: its id, accounts (supervisor, admin, desk staff) and units. */
    public record GeneratedSite(Long id, String code, String supervisor, String admin, List<String> staff,
            List<Long> units, List<Long> residents) {
    }

    public record Row(String kind, Instant at, String outcome, String staff, int number) {
    }

    /** Per day: visits, calls, inquiries, complaints, payments, praise (promises follow the complaints). */
    public record Volume(int visits, int calls, int inquiries, int complaints, int payments, int praise) {
    }

    private final List<Row> rows = new ArrayList<>();

    @Inject
    EntityManager em;

    @Inject
    steward.StewardConfig config;

    @Inject
    steward.resident.SiteDefaults siteDefaults;

    @Transactional
    public GeneratedSite site(String code, int units) {
        Site site = Site.withDefaults(config, siteDefaults);
        site.code = code;
        site.name = "儀表板 " + code;
        site.timeZone = ZONE.getId();
        site.currency = "TWD";
        site.companyName = "好管家物業";
        site.persist();
        List<Long> unitIds = new ArrayList<>();
        List<Long> residentIds = new ArrayList<>();
        Building building = null;
        for (int i = 0; i < units; i++) {
            if (i % 200 == 0) {
                building = new Building();
                building.siteId = site.id;
                building.name = (i / 200 + 1) + "棟";
                building.persist();
            }
            Unit unit = new Unit();
            unit.siteId = site.id;
            unit.building = building;
            unit.floor = i % 20 + 1;
            unit.label = building.name + (i % 200 / 20 + 1) + "單元" + unit.floor + "0" + (i % 4 + 1);
            unit.areaM2 = new BigDecimal("80.00");
            unit.persist();
            unitIds.add(unit.id);
            Resident resident = new Resident();
            resident.siteId = site.id;
            resident.name = "住戶" + i;
            resident.kind = ResidentKind.OWNER;
            resident.persist();
            steward.resident.ResidentUnit.moveIn(resident, unit, null);
            residentIds.add(resident.id);
        }
        String supervisor = code + "-sup";
        String admin = code + "-admin";
        account(supervisor, site.id, Roles.SUPERVISOR);
        account(admin, site.id, Roles.ADMIN);
        List<String> staff = List.of(code + "-desk1", code + "-desk2", code + "-svc");
        account(staff.get(0), site.id, Roles.DESK);
        account(staff.get(1), site.id, Roles.DESK);
        account(staff.get(2), site.id, Roles.SERVICE);
        return new GeneratedSite(site.id, code, supervisor, admin, staff, unitIds, residentIds);
    }

    private static void account(String username, Long siteId, String role) {
        Account account = Account.local(username, "員工 " + username, TestSites.PASSWORD, role);
        account.siteIds.add(siteId);
        account.persist();
    }

    /** {@code days} days of history ending with {@code last}, at random times of each day. */
    @Transactional
    public void history(GeneratedSite site, LocalDate last, int days, Volume volume, Instant now, long seed) {
        Random random = new Random(seed);
        Long answerVersion = answerBook(site);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement visit = connection.prepareStatement("""
                    insert into visit (site_id, visitor_name, unit_id, status, host_response, registered_at,
                      registered_by, responded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""");
                    PreparedStatement call = connection.prepareStatement("""
                    insert into phone_call (site_id, caller_name, rings_before_answer, category, outcome, started_at,
                      ended_at, answered_by) values (?, ?, ?, 'INQUIRY', ?, ?, ?, ?)""");
                    PreparedStatement inquiry = connection.prepareStatement("""
                    insert into inquiry (site_id, channel, question, outcome, answer_id, answer_version_id,
                      recorded_by, recorded_at) values (?, 'DESK', ?, ?,
                      (select answer_id from answer_version where id = ?), ?, ?, ?)""");
                    PreparedStatement complaint = connection.prepareStatement("""
                    insert into complaint (site_id, channel, resident_id, category, description, severity, state,
                      received_by, received_at, resolved_by, resolved_at, satisfaction, about_staff)
                      values (?, 'DESK', ?, 'NOISE', ?, 'LOW', ?, ?, ?, ?, ?, ?, ?) returning id""");
                    PreparedStatement promise = connection.prepareStatement("""
                    insert into promise (site_id, source_kind, source_id, what, due_at, owner, state, created_at,
                      closed_at) values (?, 'COMPLAINT', ?, ?, ?, ?, ?, ?, ?)""");
                    PreparedStatement payment = connection.prepareStatement("""
                    insert into payment (site_id, unit_id, receipt_no, amount, currency, method, tendered,
                      change_given, idempotency_key, fingerprint, cashier, business_date, paid_at, status)
                      values (?, ?, ?, ?, 'TWD', ?, ?, 0, ?, 'generated', ?, ?, ?, ?)""");
                    PreparedStatement praise = connection.prepareStatement("""
                    insert into praise (site_id, staff, what, thanked, recorded_by, recorded_at)
                      values (?, ?, ?, true, ?, ?)""")) {
                int receipts = 0;
                for (int d = days - 1; d >= 0; d--) {
                    LocalDate day = last.minusDays(d);
                    Instant start = day.atStartOfDay(ZONE).toInstant();
                    for (int i = 0; i < volume.visits(); i++) {
                        Instant at = time(start, random, now);
                        String response = HOST_RESPONSES[random.nextInt(HOST_RESPONSES.length)];
                        String staff = pick(site.staff(), random);
                        visit.setLong(1, site.id());
                        visit.setString(2, "訪客" + i);
                        visit.setLong(3, pick(site.units(), random));
                        visit.setString(4, response == null ? "REGISTERED" : "LEFT");
                        visit.setString(5, response);
                        visit.setTimestamp(6, Timestamp.from(at));
                        visit.setString(7, staff);
                        visit.setTimestamp(8, response == null ? null : Timestamp.from(at.plusSeconds(60)));
                        visit.addBatch();
                        rows.add(new Row("visit", at, response, staff, 0));
                    }
                    for (int i = 0; i < volume.calls(); i++) {
                        Instant at = time(start, random, now);
                        int rings = 1 + random.nextInt(6);
                        String outcome = random.nextInt(5) == 0 ? "CALLBACK_PROMISED" : "ANSWERED";
                        String staff = pick(site.staff(), random);
                        call.setLong(1, site.id());
                        call.setString(2, "來電" + i);
                        call.setInt(3, rings);
                        call.setString(4, outcome);
                        call.setTimestamp(5, Timestamp.from(at));
                        call.setTimestamp(6, Timestamp.from(at.plusSeconds(90)));
                        call.setString(7, staff);
                        call.addBatch();
                        rows.add(new Row("call", at, outcome, staff, rings));
                    }
                    for (int i = 0; i < volume.inquiries(); i++) {
                        Instant at = time(start, random, now);
                        String outcome = INQUIRY_OUTCOMES[random.nextInt(INQUIRY_OUTCOMES.length)];
                        boolean book = outcome.equals("ANSWERED");
                        String staff = pick(site.staff(), random);
                        inquiry.setLong(1, site.id());
                        inquiry.setString(2, "停車費多少?" + i);
                        inquiry.setString(3, outcome);
                        if (book) {
                            inquiry.setLong(4, answerVersion);
                            inquiry.setLong(5, answerVersion);
                        } else {
                            inquiry.setNull(4, java.sql.Types.BIGINT);
                            inquiry.setNull(5, java.sql.Types.BIGINT);
                        }
                        inquiry.setString(6, staff);
                        inquiry.setTimestamp(7, Timestamp.from(at));
                        inquiry.addBatch();
                        rows.add(new Row("inquiry", at, outcome, staff, 0));
                    }
                    for (int i = 0; i < volume.payments(); i++) {
                        Instant at = time(start, random, now);
                        String method = METHODS[random.nextInt(METHODS.length)];
                        boolean voided = random.nextInt(10) == 0;
                        BigDecimal amount = new BigDecimal(100 + random.nextInt(3000)).setScale(2);
                        receipts++;
                        payment.setLong(1, site.id());
                        payment.setLong(2, pick(site.units(), random));
                        payment.setString(3, "G" + site.id() + "-" + receipts);
                        payment.setBigDecimal(4, amount);
                        payment.setString(5, method);
                        payment.setBigDecimal(6, method.equals("CASH") ? amount : null);
                        payment.setString(7, "gen-" + receipts);
                        payment.setString(8, "cashier");
                        payment.setObject(9, day);
                        payment.setTimestamp(10, Timestamp.from(at));
                        payment.setString(11, voided ? "VOIDED" : "POSTED");
                        payment.addBatch();
                        rows.add(new Row("payment", at, voided ? "VOIDED" : method, "cashier", amount.intValue()));
                    }
                    for (int i = 0; i < volume.praise(); i++) {
                        Instant at = time(start, random, now);
                        String staff = pick(site.staff(), random);
                        praise.setLong(1, site.id());
                        praise.setString(2, staff);
                        praise.setString(3, "服務親切");
                        praise.setString(4, site.supervisor());
                        praise.setTimestamp(5, Timestamp.from(at));
                        praise.addBatch();
                        rows.add(new Row("praise", at, null, staff, 0));
                    }
                    for (int i = 0; i < volume.complaints(); i++) {
                        Instant at = time(start, random, now);
                        String staff = pick(site.staff(), random);
                        int kind = random.nextInt(3);
                        String state = kind == 0 ? "OPEN" : kind == 1 ? "ESCALATED" : "RESOLVED";
                        Integer satisfaction = state.equals("RESOLVED") && random.nextBoolean() ? 1 + random.nextInt(5) : null;
                        Instant resolvedAt = state.equals("RESOLVED") ? at.plusSeconds(3600) : null;
                        complaint.setLong(1, site.id());
                        complaint.setLong(2, pick(site.residents(), random));
                        complaint.setString(3, "樓上噪音" + i);
                        complaint.setString(4, state);
                        complaint.setString(5, staff);
                        complaint.setTimestamp(6, Timestamp.from(at));
                        complaint.setString(7, resolvedAt == null ? null : staff);
                        complaint.setTimestamp(8, resolvedAt == null ? null : Timestamp.from(resolvedAt));
                        if (satisfaction == null) {
                            complaint.setNull(9, java.sql.Types.INTEGER);
                        } else {
                            complaint.setInt(9, satisfaction);
                        }
                        // One complaint in three names a staff member (chosen without the random stream, so the
                        // rest of the history stays as it was).
                        String about = i % 3 == 0 ? site.staff().get((int) (at.getEpochSecond() % site.staff().size()))
                                : null;
                        complaint.setString(10, about);
                        if (about != null) {
                            rows.add(new Row("complaint_about", at, null, about, 0));
                        }
                        long id;
                        try (var keys = complaint.executeQuery()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                        rows.add(new Row("complaint", at, state, staff, satisfaction == null ? 0 : satisfaction));
                        // A promise for each complaint, due some hours later: open, kept in time, kept late, broken.
                        Instant due = at.plusSeconds(3600L * (1 + random.nextInt(48)));
                        int fate = state.equals("RESOLVED") ? 1 + random.nextInt(3) : random.nextInt(4);
                        String promiseState = fate == 0 ? "OPEN" : fate == 3 ? "BROKEN" : "KEPT";
                        Instant closed = fate == 0 ? null : fate == 1 ? due.minusSeconds(600) : due.plusSeconds(600);
                        if (closed != null && closed.isAfter(now)) {
                            promiseState = "OPEN";
                            closed = null;
                        }
                        promise.setLong(1, site.id());
                        promise.setLong(2, id);
                        promise.setString(3, "回覆噪音處理結果");
                        promise.setTimestamp(4, Timestamp.from(due));
                        promise.setString(5, staff);
                        promise.setString(6, promiseState);
                        promise.setTimestamp(7, Timestamp.from(at));
                        promise.setTimestamp(8, closed == null ? null : Timestamp.from(closed));
                        promise.addBatch();
                        String fateText = promiseState.equals("OPEN") ? (due.isAfter(now) ? "OPEN" : "OVERDUE")
                                : promiseState.equals("KEPT") && !closed.isAfter(due) ? "KEPT_ON_TIME" : promiseState;
                        rows.add(new Row("promise", due, fateText, staff, (int) id));
                    }
                }
                visit.executeBatch();
                call.executeBatch();
                inquiry.executeBatch();
                promise.executeBatch();
                payment.executeBatch();
                praise.executeBatch();
            }
        });
    }

    /** One approved answer for the site, so inquiries can be answered from the book. */
    private Long answerBook(GeneratedSite site) {
        Object answer = em.createNativeQuery("insert into answer (site_id, owner, created_at) values (?1, ?2, now()) returning id")
                .setParameter(1, site.id()).setParameter(2, site.supervisor()).getSingleResult();
        return ((Number) em.createNativeQuery("""
                insert into answer_version (answer_id, site_id, number, state, category, written_by, written_at,
                  approved_by, approved_at, search_text, question_text, search_terms)
                values (?1, ?2, 1, 'PUBLISHED', 'PARKING', ?3, now(), ?3, now(), '停車', '停車', '{停,車}') returning id""")
                .setParameter(1, ((Number) answer).longValue()).setParameter(2, site.id())
                .setParameter(3, site.supervisor()).getSingleResult()).longValue();
    }

    /** A time of the day between 08:00 and 20:00, never after now (the day may be today). */
    private static Instant time(Instant dayStart, Random random, Instant now) {
        Instant at = dayStart.plusSeconds(8 * 3600 + random.nextInt(12 * 3600));
        return at.isAfter(now) ? now.minusSeconds(1 + random.nextInt(3600)) : at;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    public int rowCount() {
        return rows.size();
    }

    /** What the tests expect: rows of a kind within [from, to) meeting a test, counted in Java. */
    public long count(String kind, Instant from, Instant to, java.util.function.Predicate<Row> test) {
        return rows.stream().filter(r -> r.kind().equals(kind) && !r.at().isBefore(from) && r.at().isBefore(to))
                .filter(test).count();
    }

    public Map<String, Long> perStaff(String kind, Instant from, Instant to, java.util.function.Predicate<Row> test) {
        Map<String, Long> counts = new HashMap<>();
        rows.stream().filter(r -> r.kind().equals(kind) && !r.at().isBefore(from) && r.at().isBefore(to)).filter(test)
                .forEach(r -> counts.merge(r.staff(), 1L, Long::sum));
        return counts;
    }
}
