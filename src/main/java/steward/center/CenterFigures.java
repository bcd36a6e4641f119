package steward.center;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The center's figures for a site and a period [from, to), one query each, for the supervisor's dashboard and
 * the center's own pages. They take the site explicitly: the caller has already scoped it to the user.
 */
@ApplicationScoped
public class CenterFigures {

    @Inject
    EntityManager em;

    /** Items passed over items checked, for one desk and shift; rate in percent (null when nothing checked). */
    public record PassRate(Long deskId, String desk, Inspection.Shift shift, long inspections, long checked,
            long passed, BigDecimal rate) {
    }

    /** How fast call-outs were acknowledged: counts, and seconds from request to acknowledgement. */
    public record Acknowledgements(long callOuts, long acknowledged, long escalated, Long medianSeconds,
            Long averageSeconds, Long longestSeconds) {
    }

    /** A staff member's suggestions made in the period, and how many were accepted (done ones included). */
    public record SuggestionRecord(String username, long proposed, long accepted, long done) {
    }

    /** Pass rate per desk and shift of the inspections made in the period, desk by desk. */
    public List<PassRate> inspectionPassRates(Long siteId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.name, i.shift, count(*), sum(i.passed + i.failed), sum(i.passed)
                from inspection i join center_desk d on d.id = i.desk_id
                where i.site_id = ?1 and i.inspected_at >= ?2 and i.inspected_at < ?3
                group by d.id, d.name, i.shift order by d.name, d.id, i.shift""")
                .setParameter(1, siteId).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> {
            long checked = ((Number) r[4]).longValue();
            long passed = ((Number) r[5]).longValue();
            return new PassRate(((Number) r[0]).longValue(), (String) r[1], Inspection.Shift.valueOf((String) r[2]),
                    ((Number) r[3]).longValue(), checked, passed, percent(passed, checked));
        }).toList();
    }

    /** The site's overall pass rate in the period (items passed over items checked), in percent. */
    public PassRate inspectionPassRate(Long siteId, Instant from, Instant to) {
        List<PassRate> rates = inspectionPassRates(siteId, from, to);
        long inspections = rates.stream().mapToLong(PassRate::inspections).sum();
        long checked = rates.stream().mapToLong(PassRate::checked).sum();
        long passed = rates.stream().mapToLong(PassRate::passed).sum();
        return new PassRate(null, null, null, inspections, checked, passed, percent(passed, checked));
    }

    /** The call-outs requested in the period and how fast they were acknowledged. */
    public Acknowledgements onCallAcknowledgements(Long siteId, Instant from, Instant to) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*), count(acknowledged_at), count(escalated_at),
                       percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - requested_at)),
                       avg(extract(epoch from acknowledged_at - requested_at)),
                       max(extract(epoch from acknowledged_at - requested_at))
                from call_out where site_id = ?1 and requested_at >= ?2 and requested_at < ?3""")
                .setParameter(1, siteId).setParameter(2, from).setParameter(3, to).getSingleResult();
        return new Acknowledgements(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), seconds(row[3]), seconds(row[4]), seconds(row[5]));
    }

    /** Per staff member: suggestions proposed in the period, accepted, done; most accepted first. */
    public List<SuggestionRecord> suggestionsPerStaff(Long siteId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select proposer, count(*), count(*) filter (where state in ('ACCEPTED', 'DONE')),
                       count(*) filter (where state = 'DONE')
                from suggestion where site_id = ?1 and created_at >= ?2 and created_at < ?3
                group by proposer order by 3 desc, proposer""")
                .setParameter(1, siteId).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new SuggestionRecord((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static Long seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }
}
