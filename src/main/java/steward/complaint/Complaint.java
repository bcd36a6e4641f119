package steward.complaint;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A customer's complaint (the seed's 三(三)): taken, assigned, followed up until solved, escalated when it
 * cannot be solved here, resolved with the customer's satisfaction, reopened when it was not.
 */
@Entity
public class Complaint extends PanacheEntityBase {

    public enum Channel {
        PHONE, DESK, VISIT, WRITTEN
    }

    public enum Category {
        NOISE, SECURITY, CLEANLINESS, REPAIR, FEES, STAFF_ATTITUDE, PARKING, OTHER
    }

    public enum Severity {
        LOW, MEDIUM, HIGH
    }

    /** OPEN → ESCALATED → RESOLVED; RESOLVED → OPEN again when reopened. */
    public enum State {
        OPEN, ESCALATED, RESOLVED
    }

    public enum Department {
        CUSTOMER_SERVICE, ENGINEERING, SECURITY, CLEANING, FINANCE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "customer_name")
    public String customerName;

    /** E.164. */
    @Column(name = "customer_phone")
    public String customerPhone;

    @Enumerated(EnumType.STRING)
    public Category category;

    public String description;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    public State state = State.OPEN;

    /** The staff member (username) who handles it. */
    public String assignee;

    /** The staff member the complaint is about, when the customer names one (a username of the site). */
    @Column(name = "about_staff")
    public String aboutStaff;

    @Enumerated(EnumType.STRING)
    public Department department;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "escalation_reason")
    public String escalationReason;

    public String resolution;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** The customer's satisfaction with the resolution, 1 to 5. */
    public Integer satisfaction;

    @Column(name = "satisfaction_comment")
    public String satisfactionComment;

    @Version
    public int version;
}
