package steward.knowledge;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One question customers ask, in the answer book of a site. Its content is in {@link AnswerVersion}s; this row
 * says which version is published, who owns the answer, and when it is due for review.
 */
@Entity
public class Answer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    /** The username of the staff member who keeps the answer right. */
    public String owner;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_version_id")
    public Long publishedVersionId;

    @Column(name = "review_due_at")
    public Instant reviewDueAt;

    /** The review date the owner was last reminded of through the outbox. */
    @Column(name = "review_reminded_for")
    public Instant reviewRemindedFor;

    @Version
    public int version;
}
