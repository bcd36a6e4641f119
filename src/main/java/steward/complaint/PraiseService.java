package steward.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import steward.promise.SiteTimes;
import steward.resident.Resident;
import steward.resident.Unit;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.Words;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Praise from customers (三(三)5: 對客戶的表揚要婉言感謝), and each staff member's record of it. */
@ApplicationScoped
public class PraiseService {

    static final int MAX_LIST = 200;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ComplaintService complaints;

    public record NewPraise(
            Long residentId,
            Long unitId,
            String customerName,
            @Schema(required = true) String staff,
            @Schema(required = true) String what,
            @Schema(required = true) Boolean thanked) {
    }

    public record View(Long id, String customer, String staff, String staffName, String what, boolean thanked,
            String recordedBy, Instant recordedAt) {
    }

    /** A staff member's praise: this month, last month, all time. */
    public record Record(String staff, String displayName, long thisMonth, long lastMonth, long total) {
    }

    @Transactional
    public Praise record(NewPraise input) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Long siteId = staff.currentSiteId();
        String praised = input.staff() == null ? "" : input.staff().strip();
        if (praised.isEmpty()) {
            errors.add("staff", Words.of(Messages.class, Messages::error_required));
        } else if (complaints.siteStaff().stream().noneMatch(a -> a.username.equals(praised))) {
            errors.add("staff", ComplaintText.said(ComplaintMessages::error_unknown_staff));
        }
        String what = input.what() == null ? "" : input.what().strip();
        if (what.isEmpty()) {
            errors.add("what", Words.of(Messages.class, Messages::error_required));
        } else if (what.codePointCount(0, what.length()) > ComplaintService.MAX_NOTE) {
            errors.add("what", Words.of(Messages.class, m -> m.error_too_long(ComplaintService.MAX_NOTE)));
        }
        String name = input.customerName() == null || input.customerName().isBlank() ? null
                : input.customerName().strip();
        if (name != null && name.codePointCount(0, name.length()) > ComplaintService.MAX_NAME) {
            errors.add("customerName", Words.of(Messages.class, m -> m.error_too_long(ComplaintService.MAX_NAME)));
        }
        Resident resident = input.residentId() == null ? null
                : Resident.find("id = ?1 and siteId = ?2", input.residentId(), siteId).firstResult();
        if (input.residentId() != null && resident == null) {
            errors.add("residentId", ComplaintText.said(ComplaintMessages::error_unknown_resident));
        }
        Unit unit = input.unitId() == null ? null
                : Unit.find("id = ?1 and siteId = ?2", input.unitId(), siteId).firstResult();
        if (input.unitId() != null && unit == null) {
            errors.add("unitId", Words.of(Messages.class, Messages::error_unknown_unit));
        }
        if (input.thanked() == null) {
            errors.add("thanked", Words.of(Messages.class, Messages::error_required));
        }
        errors.throwIfAny();
        Praise praise = new Praise();
        praise.siteId = siteId;
        praise.residentId = resident == null ? null : resident.id;
        praise.unitId = unit == null ? null : unit.id;
        praise.customerName = name != null ? name : resident != null ? resident.name : null;
        praise.staff = praised;
        praise.what = what;
        praise.thanked = input.thanked();
        praise.recordedBy = staff.username();
        praise.recordedAt = clock.instant();
        praise.persist();
        return praise;
    }

    public List<View> recent() {
        return views(null);
    }

    public View view(Long id) {
        return views(id).stream().findFirst().orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    private List<View> views(Long id) {
        @SuppressWarnings("unchecked")
        var query = em.createNativeQuery("""
                select p.id, coalesce(p.customer_name, u.label, ''), p.staff, coalesce(a.display_name, p.staff),
                       p.what, p.thanked, p.recorded_by, p.recorded_at
                from praise p left join unit u on u.id = p.unit_id left join account a on a.username = p.staff
                where p.site_id in (:sites)""" + (id == null ? "" : " and p.id = :id") + """
                \sorder by p.recorded_at desc, p.id desc limit :max""")
                .setParameter("sites", staff.siteIds()).setParameter("max", MAX_LIST);
        if (id != null) {
            query.setParameter("id", id);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new View(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (Boolean) r[5], (String) r[6], instant(r[7]))).toList();
    }

    /** Every praised staff member of the current site, with their counts (the praise on their record). */
    public List<Record> records() {
        Long siteId = staff.currentSiteId();
        ZoneId zone = SiteTimes.zoneOf(siteId);
        YearMonth month = YearMonth.from(LocalDate.ofInstant(clock.instant(), zone));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.staff, coalesce(min(a.display_name), p.staff),
                       count(*) filter (where p.recorded_at >= :thisMonth and p.recorded_at < :nextMonth),
                       count(*) filter (where p.recorded_at >= :lastMonth and p.recorded_at < :thisMonth),
                       count(*)
                from praise p left join account a on a.username = p.staff
                where p.site_id = :site group by p.staff order by count(*) desc, p.staff""")
                .setParameter("site", siteId)
                .setParameter("thisMonth", month.atDay(1).atStartOfDay(zone).toInstant())
                .setParameter("nextMonth", month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
                .setParameter("lastMonth", month.minusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
                .getResultList();
        return rows.stream().map(r -> new Record((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
