package steward.calendar;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/** That a site keeps a working calendar, and whether its promise figures count working time. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "site_calendar")
public class SiteCalendar extends PanacheEntityBase {

    @Id
    public Long siteId;

    public boolean countsWorkingTime;

    public Instant updatedAt;

    public String updatedBy;

    @Version
    public int version;
}
