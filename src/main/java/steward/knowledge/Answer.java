package steward.knowledge;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/**
 * One question customers ask, in the answer book of a site. Its content is in {@link AnswerVersion}s; this row
 * says which version is published, who owns the answer, and when it is due for review.
 */
@Entity
@Filter(name = SiteScope.FILTER)
public class Answer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    /** The username of the staff member who keeps the answer right. */
    public String owner;

    public Instant createdAt;

    public Long publishedVersionId;

    public Instant reviewDueAt;

    /** The review date the owner was last reminded of through the outbox. */
    public Instant reviewRemindedFor;

    @Version
    public int version;
}
