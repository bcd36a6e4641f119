package steward.arrears;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.promise.SiteTimes;
import steward.resident.Building;
import steward.resident.Site;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.Enums;

/**
 * The arrears view: per unit in arrears, what is overdue by age, the last contact and the open case. It reads the
 * per-unit figures the ledger last computed ({@code unit_arrears}, refreshed by the reminder job and by every
 * payment), so that a site of 100,000 units answers from an index.
 */
@ApplicationScoped
public class ArrearsService {

    static final int MAX_ROWS = 200;

    @Inject
    StaffContext staff;

    /** What is overdue, by days past the due date. */
    public record Buckets(BigDecimal days1to30, BigDecimal days31to90, BigDecimal days91to180,
            BigDecimal over180) {
    }

    /** One unit in arrears. */
    public record Row(Long unitId, String unitLabel, String building, BigDecimal overdue, LocalDate oldestDueDate,
            int daysOverdue, Buckets buckets, Long caseId, boolean onHold, Instant lastContactAt,
            CollectionContact.Outcome lastContactOutcome, Instant computedAt) {
    }

    /** The filter as the page and the API take it. */
    public enum Sort {
        AMOUNT, AGE
    }

    /** How many units are in arrears and how much they owe, over the whole filter (not only the rows shown). */
    public record Totals(long units, BigDecimal overdue) {
    }

    public record Filter(Integer minDays, Long buildingId, Sort sort) {
    }

    /** Parses what a user typed into the filter; a wrong value is refused, naming the field. */
    public Filter filter(String minDays, String buildingId, String sort) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Integer days = null;
        if (minDays != null && !minDays.isBlank()) {
            try {
                days = Integer.valueOf(minDays.strip());
                if (days < 0 || days > 36_500) {
                    errors.add("minDays", ArrearsText.said(ArrearsMessages::error_days));
                }
            } catch (NumberFormatException e) {
                errors.add("minDays", ArrearsText.said(ArrearsMessages::error_days));
            }
        }
        Long building = null;
        if (buildingId != null && !buildingId.isBlank()) {
            try {
                building = Long.valueOf(buildingId.strip());
            } catch (NumberFormatException e) {
                errors.add("buildingId", ArrearsText.said(ArrearsMessages::error_building));
            }
        }
        Sort order = Enums.optional(Sort.class, sort, Sort.AMOUNT, "sort", ArrearsText.said(ArrearsMessages::error_sort),
                errors);
        errors.throwIfAny();
        return new Filter(days, building, order);
    }

    /** The units in arrears of the caller's sites, the largest debts (or the oldest) first, at most 200. */
    @Transactional
    public List<Row> list(Filter filter) {
        String order = filter.sort() == Sort.AGE ? "a.days_overdue desc, a.overdue desc, a.unit_id"
                : "a.overdue desc, a.unit_id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select a.unit_id, u.label, b.name, a.overdue, a.oldest_due, a.days_overdue, a.due_1_30, a.due_31_90,
                       a.due_91_180, a.due_over_180, c.id, c.held_at is not null, k.recorded_at, k.outcome,
                       a.computed_at
                  from (select * from unit_arrears a
                         where a.site_id in (?1) and a.days_overdue >= ?2 and (?3 = 0 or a.building_id = ?3)
                         order by %s limit %d) a
                  join unit u on u.id = a.unit_id
                  left join building b on b.id = u.building_id
                  left join collection_case c on c.unit_id = a.unit_id and c.state = 'OPEN'
                  left join lateral (select x.recorded_at, x.outcome from collection_contact x
                                      where x.case_id = c.id order by x.recorded_at desc, x.id desc limit 1) k on true
                 order by %s
                """.formatted(order, MAX_ROWS, order)).setParameter(1, staff.siteIds())
                .setParameter(2, filter.minDays() == null ? 0 : filter.minDays())
                .setParameter(3, filter.buildingId() == null ? 0L : filter.buildingId()).getResultList();
        return rows.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (BigDecimal) r[3], ArrearsLedger.toDate(r[4]), ((Number) r[5]).intValue(),
                new Buckets((BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8], (BigDecimal) r[9]),
                r[10] == null ? null : ((Number) r[10]).longValue(), Boolean.TRUE.equals(r[11]), SiteTimes.instantOf(r[12]),
                r[13] == null ? null : CollectionContact.Outcome.valueOf((String) r[13]), SiteTimes.instantOf(r[14]))).toList();
    }

    @Transactional
    public Totals totals(Filter filter) {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("""
                select count(*), coalesce(sum(a.overdue), 0) from unit_arrears a
                 where a.site_id in (?1) and a.days_overdue >= ?2 and (?3 = 0 or a.building_id = ?3)""")
                .setParameter(1, staff.siteIds()).setParameter(2, filter.minDays() == null ? 0 : filter.minDays())
                .setParameter(3, filter.buildingId() == null ? 0L : filter.buildingId()).getSingleResult();
        return new Totals(((Number) row[0]).longValue(), (BigDecimal) row[1]);
    }

    /** The buildings of the tablet's site, for the filter. */
    @Transactional
    public List<Building> buildings() {
        return Building.list("siteId = ?1 order by name", staff.currentSiteId());
    }

    /** The currency of the tablet's site. */
    @Transactional
    public String currency() {
        Site site = Site.findById(staff.currentSiteId());
        return site == null ? "" : site.currency;
    }
}
