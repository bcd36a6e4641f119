package steward.center;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/**
 * One line of a desk's checklist: an item of the seed (a {@link Code}, worded by the message bundle in the
 * reader's language), which stays on every desk's checklist, or a supervisor's own item (a label), which may be
 * taken off (it stays for the history, inactive). Both may be put in the site's order.
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "inspection_item")
public class InspectionItem extends PanacheEntityBase {

    /** The seed's rules for the center and the desk (一 1-5, 二(一)), in its order. */
    public enum Code {
        CLEAN, NO_CLUTTER, THREE_ITEMS, SERVICE_SIGN, CHAIRS, WORK_ONLY, APPEARANCE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long deskId;

    public int position;

    @Enumerated(EnumType.STRING)
    public Code code;

    public String label;

    public boolean active = true;

    /** One of the seed's checks: it cannot be taken off or switched off. */
    public boolean fromSeed() {
        return code != null;
    }
}
