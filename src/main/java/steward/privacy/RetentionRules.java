package steward.privacy;

import java.time.Instant;
import java.util.function.ToIntFunction;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import steward.resident.SiteSettings;

/** The retention of the records that exist today: visitors, callers, inquirers, and sent notifications. */
@Singleton
class RetentionRules {

    /**
     * A rule that is one statement per site: {@code sql} deletes or updates one site's records older than its cutoff
     * ({@code ?1} the site, {@code ?2} the cutoff).
     */
    record SqlRule(String kind, String setting, ToIntFunction<SiteSettings> period, String verb, String sql)
            implements RetentionRule {

        @Override
        public int days(SiteSettings settings) {
            return period.applyAsInt(settings);
        }

        @Override
        public long apply(Long siteId, Instant cutoff) {
            return Panache.getEntityManager().createNativeQuery(sql).setParameter(1, siteId).setParameter(2, cutoff)
                    .executeUpdate();
        }
    }

    /** Visitor records (name, phone, plate, whom they visited) are deleted after the period (by default 180 days). */
    @Produces
    @Singleton
    RetentionRule visits() {
        return new SqlRule("visits", "visitorRetentionDays", s -> s.visitorRetentionDays, "deleted",
                "delete from visit where site_id = ?1 and registered_at < ?2");
    }

    /** A call stays counted (the dashboard's history); who called and the notes go (by default after two years). */
    @Produces
    @Singleton
    RetentionRule calls() {
        return new SqlRule("calls", "callerRetentionDays", s -> s.callerRetentionDays, "anonymised", """
                update phone_call set caller_name = null, caller_phone = null, notes = null, version = version + 1
                where site_id = ?1 and started_at < ?2
                  and (caller_phone is not null or caller_name is not null or notes is not null)""");
    }

    /** An inquiry stays (the consistency report); who asked is forgotten (by default after two years). */
    @Produces
    @Singleton
    RetentionRule inquiries() {
        return new SqlRule("inquiries", "inquirerRetentionDays", s -> s.inquirerRetentionDays, "anonymised", """
                update inquiry set caller_name = null, caller_phone = null
                where site_id = ?1 and recorded_at < ?2 and (caller_phone is not null or caller_name is not null)""");
    }

    /** Messages sent (or given up on) are deleted (by default after 90 days): their bodies name customers. */
    @Produces
    @Singleton
    RetentionRule notifications() {
        return new SqlRule("notifications", "notificationRetentionDays", s -> s.notificationRetentionDays, "deleted",
                "delete from notification where site_id = ?1 and created_at < ?2 and state in ('SENT', 'DEAD', 'WITHDRAWN')");
    }
}
