package steward.center;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** One item's verdict in an inspection; a failed one points at its corrective promise in the ledger. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "inspection_result")
public class InspectionResult extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long inspectionId;

    public Long itemId;

    public boolean passed;

    public String note;

    /** A JPEG re-encoded by {@link steward.web.Photos}; read only when the photo itself is asked for. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] photo;

    public Long promiseId;
}
