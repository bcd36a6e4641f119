package steward.knowledge;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import steward.security.SiteScope;

/** A question a customer asked at the desk or on the phone, and how it was answered. */
@Entity
@Filter(name = SiteScope.FILTER)
public class Inquiry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    @Enumerated(EnumType.STRING)
    public InquiryChannel channel;

    public String question;

    @Enumerated(EnumType.STRING)
    public InquiryOutcome outcome;

    public Long answerId;

    /** The version of the book the customer was told: what exactly they heard. */
    public Long answerVersionId;

    public Long residentId;

    public Long unitId;

    /** A caller who is not (or not yet) a known resident. */
    public String callerName;

    /** E.164. */
    public String callerPhone;

    /** The answer a supervisor drafted from this question, once the book had none. */
    public Long draftAnswerId;

    public String recordedBy;

    public Instant recordedAt;
}
