package steward.dashboard;

import java.util.Locale;

import jakarta.inject.Singleton;

/** The per-staff columns of the records that exist today: calls, visitors, promises kept on time, praise. */
final class StaffColumns {

    private StaffColumns() {
    }

    @Singleton
    static class Calls extends SqlStaffColumn {
        private static final Records.Source SOURCE = new Records.Source("phone_call", "started_at",
                "coalesce(t.caller_name, '')", "t.rings_before_answer || ''", "null");

        @Override
        public String key() {
            return "calls";
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public String label(Locale locale) {
            return SqlSection.words(locale).staff_calls();
        }

        @Override
        Records.Source source() {
            return SOURCE;
        }

        @Override
        String condition() {
            return "true";
        }

        @Override
        String staffColumn() {
            return "answered_by";
        }
    }

    @Singleton
    static class Visitors extends SqlStaffColumn {
        private static final Records.Source SOURCE = new Records.Source("visit", "registered_at", "t.visitor_name",
                "coalesce((select u.label from unit u where u.id = t.unit_id), '')", "'/desk/visits/' || t.id");

        @Override
        public String key() {
            return "visitors";
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public String label(Locale locale) {
            return SqlSection.words(locale).staff_visitors();
        }

        @Override
        Records.Source source() {
            return SOURCE;
        }

        @Override
        String condition() {
            return "true";
        }

        @Override
        String staffColumn() {
            return "registered_by";
        }
    }

    /** Promises due in the period that their owner kept on time (the owner is the staff member). */
    @Singleton
    static class PromisesKept extends SqlStaffColumn {
        private static final Records.Source SOURCE = new Records.Source("promise", "due_at", "t.what",
                "t.state", "case when t.source_kind = 'COMPLAINT' then '/complaints/' || t.source_id end");

        @Override
        public String key() {
            return "promises_kept";
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public String label(Locale locale) {
            return SqlSection.words(locale).staff_promises_kept();
        }

        @Override
        Records.Source source() {
            return SOURCE;
        }

        @Override
        String condition() {
            return PromisesSection.PROMISE_KEPT_ON_TIME;
        }

        @Override
        String staffColumn() {
            return "owner";
        }
    }

    /** Praise customers gave the staff member (seed 三(三)5). */
    @Singleton
    static class Praise extends SqlStaffColumn {
        private static final Records.Source SOURCE = new Records.Source("praise", "recorded_at", "t.what",
                "coalesce(t.customer_name, '')", "null");

        @Override
        public String key() {
            return "praise";
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public String label(Locale locale) {
            return SqlSection.words(locale).staff_praise();
        }

        @Override
        Records.Source source() {
            return SOURCE;
        }

        @Override
        String condition() {
            return "true";
        }

        @Override
        String staffColumn() {
            return "staff";
        }
    }
}
