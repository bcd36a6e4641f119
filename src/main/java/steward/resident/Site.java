package steward.resident;

import java.time.Instant;
import java.time.ZoneId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A 小區 or project: the unit of scoping. Staff work for one or more sites and see only theirs. */
@Entity
public class Site extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    @Column(name = "time_zone")
    public String timeZone;

    public String currency;

    /** The name said in the greeting: 「您好,好管家物業」. */
    @Column(name = "company_name")
    public String companyName;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public static Site findByCode(String code) {
        return find("code", code).firstResult();
    }
}
