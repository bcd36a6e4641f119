package steward.center;

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

/** A better way of working (三(四)2: 及時提出改善工作流程的好辦法), decided by a supervisor and tracked to done. */
@Entity
@Filter(name = SiteScope.FILTER)
public class Suggestion extends PanacheEntityBase {

    public enum State {
        PROPOSED, ACCEPTED, DECLINED, DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public String proposer;

    public String title;

    public String body;

    @Enumerated(EnumType.STRING)
    public State state = State.PROPOSED;

    public Instant createdAt;

    public String decidedBy;

    public Instant decidedAt;

    public String decisionReason;

    public Instant doneAt;

    @Version
    public int version;
}
