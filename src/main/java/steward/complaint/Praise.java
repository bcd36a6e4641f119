package steward.complaint;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import steward.security.SiteScope;

/** Praise (表揚) from a customer for a staff member, and that the customer was thanked (三(三)5). */
@Entity
@Filter(name = SiteScope.FILTER)
public class Praise extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long residentId;

    public Long unitId;

    public String customerName;

    /** The praised staff member's username. */
    public String staff;

    public String what;

    public boolean thanked;

    public String recordedBy;

    public Instant recordedAt;
}
