package steward.handover;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** One section of a handover as generated, and the incoming staff member's word on it. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "handover_section")
public class HandoverPart extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long handoverId;

    /** The key of its {@link HandoverSection}. */
    public String section;

    public int position;

    /** Null until confirmed. */
    public Boolean matches;

    public String difference;
}
