package steward.promise;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A promise made to a customer: what, to whom, by when, owned by which staff member. The seed: promise rarely,
 * and once promised keep it by the agreed time (三(三)3).
 */
@Entity
public class Promise extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    public PromiseSource sourceKind;

    @Column(name = "source_id")
    public Long sourceId;

    public String what;

    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "customer_name")
    public String customerName;

    /** E.164. */
    @Column(name = "customer_phone")
    public String customerPhone;

    @Column(name = "due_at")
    public Instant dueAt;

    /** The username of the staff member who keeps it. */
    public String owner;

    @Enumerated(EnumType.STRING)
    public PromiseState state = PromiseState.OPEN;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public int version;
}
