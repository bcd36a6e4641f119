package steward.privacy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/** The retention of the records that exist today: visitors, callers, inquirers, and sent notifications. */
final class RetentionRules {

    private RetentionRules() {
    }

    /** Runs a statement per site that has records older than the cutoff, and counts what it changed. */
    abstract static class SqlRule implements RetentionRule {

        @Inject
        EntityManager em;

        /** The sites with records to apply the rule to ({@code ?1} is the cutoff). */
        abstract String sitesSql();

        /** The delete or update of one site's old records ({@code ?1} the site, {@code ?2} the cutoff). */
        abstract String applySql();

        @Override
        public Map<Long, Long> apply(Instant cutoff) {
            @SuppressWarnings("unchecked")
            List<Number> sites = em.createNativeQuery(sitesSql()).setParameter(1, cutoff).getResultList();
            Map<Long, Long> changed = new HashMap<>();
            for (Number site : sites) {
                long count = em.createNativeQuery(applySql()).setParameter(1, site.longValue())
                        .setParameter(2, cutoff).executeUpdate();
                changed.put(site.longValue(), count);
            }
            return changed;
        }
    }

    /** Visitor records (name, phone, plate, whom they visited) are deleted after 180 days. */
    @Singleton
    static class Visits extends SqlRule {
        @Override
        public String kind() {
            return "visits";
        }

        @Override
        public int defaultDays() {
            return 180;
        }

        @Override
        public String verb() {
            return "deleted";
        }

        @Override
        String sitesSql() {
            return "select distinct site_id from visit where registered_at < ?1 order by site_id";
        }

        @Override
        String applySql() {
            return "delete from visit where site_id = ?1 and registered_at < ?2";
        }
    }

    /** A call stays counted (the dashboard's history); its caller's name, number and notes go after two years. */
    @Singleton
    static class Calls extends SqlRule {
        @Override
        public String kind() {
            return "calls";
        }

        @Override
        public int defaultDays() {
            return 730;
        }

        @Override
        public String verb() {
            return "anonymised";
        }

        @Override
        String sitesSql() {
            return """
                    select distinct site_id from phone_call where started_at < ?1
                      and (caller_phone is not null or caller_name is not null or notes is not null) order by site_id""";
        }

        @Override
        String applySql() {
            return """
                    update phone_call set caller_name = null, caller_phone = null, notes = null, version = version + 1
                    where site_id = ?1 and started_at < ?2
                      and (caller_phone is not null or caller_name is not null or notes is not null)""";
        }
    }

    /** An inquiry stays (the consistency report); who asked is forgotten after two years. */
    @Singleton
    static class Inquiries extends SqlRule {
        @Override
        public String kind() {
            return "inquiries";
        }

        @Override
        public int defaultDays() {
            return 730;
        }

        @Override
        public String verb() {
            return "anonymised";
        }

        @Override
        String sitesSql() {
            return """
                    select distinct site_id from inquiry where recorded_at < ?1
                      and (caller_phone is not null or caller_name is not null) order by site_id""";
        }

        @Override
        String applySql() {
            return """
                    update inquiry set caller_name = null, caller_phone = null
                    where site_id = ?1 and recorded_at < ?2 and (caller_phone is not null or caller_name is not null)""";
        }
    }

    /** Messages sent (or given up on) are deleted after 90 days: their bodies name customers. */
    @Singleton
    static class Notifications extends SqlRule {
        @Override
        public String kind() {
            return "notifications";
        }

        @Override
        public int defaultDays() {
            return 90;
        }

        @Override
        public String verb() {
            return "deleted";
        }

        @Override
        String sitesSql() {
            return """
                    select distinct site_id from notification where created_at < ?1 and state in ('SENT', 'DEAD', 'WITHDRAWN')
                    order by site_id""";
        }

        @Override
        String applySql() {
            return "delete from notification where site_id = ?1 and created_at < ?2 and state in ('SENT', 'DEAD', 'WITHDRAWN')";
        }
    }
}
