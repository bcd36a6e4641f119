package steward.handover;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/** A difference the incoming staff member found in a section: an item for the supervisors until one settles it. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "handover_difference")
public class HandoverDifference extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long handoverId;

    public Long sectionId;

    public Instant foundAt;

    public String foundBy;

    public Instant settledAt;

    public String settledBy;

    public String settleNote;

    @Version
    public int version;
}
