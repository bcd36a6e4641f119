package steward.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/** A price of one item (and variant) for a period: 收費標準. Ended, never changed, when a new price starts. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "fee_standard")
public class FeeStandard extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    @Enumerated(EnumType.STRING)
    public FeeItem item;

    /** The parking space type of monthly parking, the name of an "other" item; empty otherwise. */
    public String variant = "";

    public BigDecimal price;

    public LocalDate effectiveFrom;

    /** The last day it applies (inclusive); null while it is the current price. */
    public LocalDate effectiveTo;

    public Instant createdAt;

    public String createdBy;

    @Version
    public int version;

    public boolean appliesOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }
}
