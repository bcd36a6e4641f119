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
import steward.security.SiteScope;

/** One round of a desk's checklist, by a supervisor or by the desk itself at the start of its shift. */
@Entity
@Filter(name = SiteScope.FILTER)
public class Inspection extends PanacheEntityBase {

    public enum Shift {
        DAY, EVENING, NIGHT
    }

    public enum Kind {
        SUPERVISOR, SELF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long deskId;

    @Enumerated(EnumType.STRING)
    public Shift shift;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String inspector;

    public Instant inspectedAt;

    public int passed;

    public int failed;
}
