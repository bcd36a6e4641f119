package steward.center;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** A desk of the service center (前台一, 收費台 …): each has its own inspection checklist. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "center_desk")
public class CenterDesk extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public String name;

    /** The shifts the desk is staffed in (DAY,EVENING,NIGHT): its self-inspection is due at the start of each. */
    public String shifts = "DAY,EVENING,NIGHT";

    public java.util.List<Inspection.Shift> staffedShifts() {
        return java.util.Arrays.stream(shifts.split(",")).map(Inspection.Shift::valueOf).toList();
    }

    public boolean staffedIn(Inspection.Shift shift) {
        return staffedShifts().contains(shift);
    }
}
