package steward.resident;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A resident's life in one unit: moved in (the date when known), moved out (null while they live there). Moving out
 * keeps the row, as the unit's history; at most one row of a resident and a unit is current (a unique index).
 * {@link Resident#units} is the view of the current ones; every move in and out is a row of this entity.
 */
@Entity
@Table(name = "resident_unit")
public class ResidentUnit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resident_id")
    public Resident resident;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    public LocalDate movedIn;

    public LocalDate movedOut;

    /** Records that a resident (already saved) lives in a unit from a date (null: not known, e.g. imported). */
    public static ResidentUnit moveIn(Resident resident, Unit unit, LocalDate movedIn) {
        ResidentUnit link = new ResidentUnit();
        link.resident = resident;
        link.unit = unit;
        link.movedIn = movedIn;
        link.persist();
        return link;
    }

    /** The resident's current link to the unit, or null when they do not live there. */
    public static ResidentUnit current(Long residentId, Long unitId) {
        return find("resident.id = ?1 and unit.id = ?2 and movedOut is null", residentId, unitId).firstResult();
    }

    public boolean isCurrent() {
        return movedOut == null;
    }
}
