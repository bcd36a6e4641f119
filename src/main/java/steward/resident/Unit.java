package steward.resident;

import java.math.BigDecimal;
import java.time.Instant;

import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/**
 * A unit as people say it: {@code 3棟2單元502} or {@code B座12樓3室}; its label is unique in the site by
 * {@link UnitLabel#key}. Its owner and occupants are residents ({@link ResidentUnit}); its account (the ledger) and
 * its arrears belong to the unit, whoever owns it. Closed, never deleted, once anything refers to it.
 */
@Entity
@Filter(name = SiteScope.FILTER)
public class Unit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "building_id")
    public Building building;

    public String label;

    /** {@link UnitLabel#key} of the label, kept by the entity itself. */
    String labelKey;

    @Enumerated(EnumType.STRING)
    public UnitKind kind = UnitKind.RESIDENTIAL;

    public Integer floor;

    public BigDecimal areaM2;

    public Instant closedAt;

    @Version
    public int version;

    String searchText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] searchTerms;

    public boolean isClosed() {
        return closedAt != null;
    }

    /** The site's unit of that label, however it is spaced or typed (see {@link UnitLabel}); null if none. */
    public static Unit findByLabel(Long siteId, String label) {
        return find("siteId = ?1 and labelKey = ?2", siteId, UnitLabel.key(label)).firstResult();
    }

    @PrePersist
    @PreUpdate
    void indexForSearch() {
        labelKey = UnitLabel.key(label);
        searchText = SearchTerms.normalise(label);
        searchTerms = SearchTerms.forText(label).toArray(String[]::new);
    }
}
