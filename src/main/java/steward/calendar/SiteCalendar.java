package steward.calendar;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** That a site keeps a working calendar, and whether its promise figures count working time. */
@Entity
@Table(name = "site_calendar")
public class SiteCalendar extends PanacheEntityBase {

    @Id
    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "counts_working_time")
    public boolean countsWorkingTime;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public int version;
}
