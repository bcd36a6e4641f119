package steward.reception;

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

/** A visitor at the desk, from registration to farewell. Two tablets may act on it at once: {@link #version}. */
@Entity
public class Visit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "visitor_name")
    public String visitorName;

    /** E.164, or null. */
    @Column(name = "visitor_phone")
    public String visitorPhone;

    @Column(name = "party_size")
    public int partySize = 1;

    public String purpose;

    @Column(name = "host_resident_id")
    public Long hostResidentId;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "plate_number")
    public String plateNumber;

    @Enumerated(EnumType.STRING)
    public VisitStatus status = VisitStatus.REGISTERED;

    /** The host's last answer, kept after the visitor has left. */
    @Enumerated(EnumType.STRING)
    @Column(name = "host_response")
    public VisitStatus hostResponse;

    @Column(name = "tea_served")
    public boolean teaServed;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    /** Whether the visit was arranged with the host (asked at registration); null when not asked. */
    public Boolean arranged;

    /** When an arranged visitor is expected, for a visit registered before they came. */
    @Column(name = "expected_at")
    public Instant expectedAt;

    /** When an expected visitor arrived. */
    @Column(name = "arrived_at")
    public Instant arrivedAt;

    @Version
    public int version;
}
