package steward.privacy;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import steward.resident.SiteSettings;

/** The retention of the records that exist today: visitors, callers, inquirers, and sent notifications. */
final class RetentionRules {

    private RetentionRules() {
    }

    /** One statement per site: the delete or update of its records older than the site's cutoff. */
    abstract static class SqlRule implements RetentionRule {

        @Inject
        EntityManager em;

        /** The delete or update of one site's old records ({@code ?1} the site, {@code ?2} the cutoff). */
        abstract String applySql();

        @Override
        public long apply(Long siteId, Instant cutoff) {
            return em.createNativeQuery(applySql()).setParameter(1, siteId).setParameter(2, cutoff).executeUpdate();
        }
    }

    /** Visitor records (name, phone, plate, whom they visited) are deleted after the period (by default 180 days). */
    @Singleton
    static class Visits extends SqlRule {
        @Override
        public String kind() {
            return "visits";
        }

        @Override
        public String setting() {
            return "visitorRetentionDays";
        }

        @Override
        public int days(SiteSettings settings) {
            return settings.visitorRetentionDays;
        }

        @Override
        public String verb() {
            return "deleted";
        }

        @Override
        String applySql() {
            return "delete from visit where site_id = ?1 and registered_at < ?2";
        }
    }

    /** A call stays counted (the dashboard's history); who called and the notes go (by default after two years). */
    @Singleton
    static class Calls extends SqlRule {
        @Override
        public String kind() {
            return "calls";
        }

        @Override
        public String setting() {
            return "callerRetentionDays";
        }

        @Override
        public int days(SiteSettings settings) {
            return settings.callerRetentionDays;
        }

        @Override
        public String verb() {
            return "anonymised";
        }

        @Override
        String applySql() {
            return """
                    update phone_call set caller_name = null, caller_phone = null, notes = null, version = version + 1
                    where site_id = ?1 and started_at < ?2
                      and (caller_phone is not null or caller_name is not null or notes is not null)""";
        }
    }

    /** An inquiry stays (the consistency report); who asked is forgotten (by default after two years). */
    @Singleton
    static class Inquiries extends SqlRule {
        @Override
        public String kind() {
            return "inquiries";
        }

        @Override
        public String setting() {
            return "inquirerRetentionDays";
        }

        @Override
        public int days(SiteSettings settings) {
            return settings.inquirerRetentionDays;
        }

        @Override
        public String verb() {
            return "anonymised";
        }

        @Override
        String applySql() {
            return """
                    update inquiry set caller_name = null, caller_phone = null
                    where site_id = ?1 and recorded_at < ?2 and (caller_phone is not null or caller_name is not null)""";
        }
    }

    /** Messages sent (or given up on) are deleted (by default after 90 days): their bodies name customers. */
    @Singleton
    static class Notifications extends SqlRule {
        @Override
        public String kind() {
            return "notifications";
        }

        @Override
        public String setting() {
            return "notificationRetentionDays";
        }

        @Override
        public int days(SiteSettings settings) {
            return settings.notificationRetentionDays;
        }

        @Override
        public String verb() {
            return "deleted";
        }

        @Override
        String applySql() {
            return "delete from notification where site_id = ?1 and created_at < ?2 and state in ('SENT', 'DEAD', 'WITHDRAWN')";
        }
    }
}
