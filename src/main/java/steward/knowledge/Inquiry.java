package steward.knowledge;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A question a customer asked at the desk or on the phone, and how it was answered. */
@Entity
public class Inquiry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Enumerated(EnumType.STRING)
    public InquiryChannel channel;

    public String question;

    @Enumerated(EnumType.STRING)
    public InquiryOutcome outcome;

    @Column(name = "answer_id")
    public Long answerId;

    /** The version of the book the customer was told: what exactly they heard. */
    @Column(name = "answer_version_id")
    public Long answerVersionId;

    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "unit_id")
    public Long unitId;

    /** A caller who is not (or not yet) a known resident. */
    @Column(name = "caller_name")
    public String callerName;

    /** E.164. */
    @Column(name = "caller_phone")
    public String callerPhone;

    /** The answer a supervisor drafted from this question, once the book had none. */
    @Column(name = "draft_answer_id")
    public Long draftAnswerId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
