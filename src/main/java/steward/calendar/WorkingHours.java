package steward.calendar;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** One stretch of a weekday's working hours, in minutes of the local day: [opens, closes). */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "working_hours")
public class WorkingHours extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    /** ISO: 1 is Monday, 7 Sunday. */
    public short weekday;

    public short opensMinute;

    public short closesMinute;
}
