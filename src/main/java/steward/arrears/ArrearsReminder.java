package steward.arrears;

import java.math.BigDecimal;
import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/**
 * A step decided for a unit: one per (unit, rule, period), handed to the outbox once (see the V6 and V50
 * migrations). A rule decides its action; the reminder of an agreed appointment follows a call.
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "arrears_reminder")
public class ArrearsReminder extends PanacheEntityBase {

    /** What was decided: a rule's action, or the reminder of an appointment agreed on a call. */
    public enum Kind {
        SMS, SMS_AND_EMAIL, STATEMENT_EMAIL, STAFF_CALL, WRITTEN_DEMAND, APPOINTMENT_REMINDER;

        static Kind of(ArrearsRule.Action action) {
            return valueOf(action.name());
        }

        /** A message to the resident (it took a slot of the month's cap). */
        public boolean toResident() {
            return this != STAFF_CALL && this != WRITTEN_DEMAND;
        }
    }

    /** The rule code of an agreed appointment's reminder: {@code APPT_<contact id>}. */
    static final String APPOINTMENT_PREFIX = "APPT_";

    /** The rule code of the SMS after two call attempts that did not reach the resident. */
    static final String UNREACHED = "UNREACHED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long unitId;

    public String ruleCode;

    @Enumerated(EnumType.STRING)
    public Kind action;

    /** The month of the oldest charge overdue, {@code 2026-03}. */
    public String period;

    /** The site's calendar month the reminder counts against the cap. */
    public String month;

    public Integer slot;

    public BigDecimal overdue;

    public int daysOverdue;

    public Instant createdAt;

    public Instant queuedAt;

    /** The channels the outbox took it on ("SMS,EMAIL"); empty when the resident consented to none. */
    public String channels;

    /** The outbox's business key of this reminder (the same for each of its channels). */
    public String businessKey() {
        return businessKey(unitId, ruleCode, period);
    }

    public static String businessKey(Long unitId, String ruleCode, String period) {
        return "arrears:" + unitId + ":" + ruleCode + ":" + period;
    }
}
