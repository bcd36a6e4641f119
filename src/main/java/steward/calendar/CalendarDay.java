package steward.calendar;

import java.time.LocalDate;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** A day unlike its weekday: a holiday (closed), or a make-up working day (補行上班日) with Monday's hours. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public LocalDate day;

    public boolean working;

    public String name;
}
