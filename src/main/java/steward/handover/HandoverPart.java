package steward.handover;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One section of a handover as generated, and the incoming staff member's word on it. */
@Entity
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
