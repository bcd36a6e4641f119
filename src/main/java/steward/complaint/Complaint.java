package steward.complaint;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/**
 * A customer's complaint (the seed's 三(三)): taken, assigned, followed up until solved, escalated when it
 * cannot be solved here, resolved with the customer's satisfaction, reopened when it was not.
 */
@Entity
@Filter(name = SiteScope.FILTER)
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

    public Long siteId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public Long residentId;

    public Long unitId;

    public String customerName;

    /** E.164. */
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
    public String aboutStaff;

    @Enumerated(EnumType.STRING)
    public Department department;

    public String receivedBy;

    public Instant receivedAt;

    public Instant escalatedAt;

    public String escalationReason;

    public String resolution;

    public String resolvedBy;

    public Instant resolvedAt;

    /** The customer's satisfaction with the resolution, 1 to 5. */
    public Integer satisfaction;

    public String satisfactionComment;

    @Version
    public int version;
}
