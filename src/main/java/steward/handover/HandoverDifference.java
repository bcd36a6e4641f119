package steward.handover;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A difference the incoming staff member found in a section: an item for the supervisors until one settles it. */
@Entity
@Table(name = "handover_difference")
public class HandoverDifference extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "handover_id")
    public Long handoverId;

    @Column(name = "section_id")
    public Long sectionId;

    @Column(name = "found_at")
    public Instant foundAt;

    @Column(name = "found_by")
    public String foundBy;

    @Column(name = "settled_at")
    public Instant settledAt;

    @Column(name = "settled_by")
    public String settledBy;

    @Column(name = "settle_note")
    public String settleNote;

    @Version
    public int version;
}
