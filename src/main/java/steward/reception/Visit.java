package steward.reception;

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

/** A visitor at the desk, from registration to farewell. Two tablets may act on it at once: {@link #version}. */
@Entity
@Filter(name = SiteScope.FILTER)
public class Visit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public String visitorName;

    /** E.164, or null. */
    public String visitorPhone;

    public int partySize = 1;

    public String purpose;

    public Long hostResidentId;

    public Long unitId;

    public String plateNumber;

    @Enumerated(EnumType.STRING)
    public VisitStatus status = VisitStatus.REGISTERED;

    /** The host's last answer, kept after the visitor has left. */
    @Enumerated(EnumType.STRING)
    public VisitStatus hostResponse;

    public boolean teaServed;

    public Instant registeredAt;

    public String registeredBy;

    public Instant respondedAt;

    public Instant leftAt;

    /** Whether the visit was arranged with the host (asked at registration); null when not asked. */
    public Boolean arranged;

    /** When an arranged visitor is expected, for a visit registered before they came. */
    public Instant expectedAt;

    /** When an expected visitor arrived. */
    public Instant arrivedAt;

    @Version
    public int version;
}
