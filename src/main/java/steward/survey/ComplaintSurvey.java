package steward.survey;

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
import jakarta.persistence.Version;
import steward.security.SiteScope;

/**
 * The resident's word on a resolved complaint: a survey sent by a signed, single-use link that expires, and the
 * answer (satisfaction 1–5, whether the promise was kept on time, a comment). Only the hash of the link's secret
 * is kept.
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "complaint_survey")
public class ComplaintSurvey extends PanacheEntityBase {

    public enum State {
        SENT, ANSWERED, SUPERSEDED
    }

    /** Whether the promise made to the resident was kept on time, in their words. */
    public enum PromiseKept {
        YES, NO, NO_PROMISE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long complaintId;

    public Long residentId;

    public String resolvedBy;

    public Instant resolvedAt;

    public byte[] secretHash;

    public String language;

    /** The channels the link went by, comma-separated (SMS, EMAIL). */
    public String channels;

    public Instant sentAt;

    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    public State state = State.SENT;

    public Instant answeredAt;

    public Integer satisfaction;

    @Enumerated(EnumType.STRING)
    public PromiseKept promiseKept;

    public String comment;

    /** The answer's low score sent the complaint back to the supervisors. */
    public boolean reopened;

    @Version
    public int version;
}
