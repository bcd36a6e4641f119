package steward.arrears;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder a rule decided: one per (unit, rule, period), handed to the outbox once (see the V6 migration). */
@Entity
@Table(name = "arrears_reminder")
public class ArrearsReminder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "rule_code")
    public String ruleCode;

    @Enumerated(EnumType.STRING)
    public ArrearsRule.Action action;

    /** The month of the oldest charge overdue, {@code 2026-03}. */
    public String period;

    /** The site's calendar month the reminder counts against the cap. */
    public String month;

    public Integer slot;

    public BigDecimal overdue;

    @Column(name = "days_overdue")
    public int daysOverdue;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "queued_at")
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
