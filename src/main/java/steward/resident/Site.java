package steward.resident;

import java.time.Instant;
import java.time.ZoneId;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/**
 * A 小區 or project: the unit of scoping. Staff work for one or more sites and see only theirs. A site with
 * records is never deleted: it is closed, and then nobody works in it (its records are kept). Declares the filter
 * that keeps every request to its sites' rows ({@link SiteScope}).
 */
@Entity
@FilterDef(name = SiteScope.FILTER, defaultCondition = SiteScope.CONDITION, autoEnabled = true,
        applyToLoadByKey = true, parameters = {
            @ParamDef(name = "everySite", type = Boolean.class, resolver = SiteScope.EverySite.class),
            @ParamDef(name = "sites", type = Long.class, resolver = SiteScope.Sites.class) })
public class Site extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Short and stable (single sign-on tokens name sites by it), e.g. {@code north-park}. */
    public String code;

    public String name;

    public String address;

    public String timeZone;

    public String currency;

    /** The name said in the greeting: 「您好,好管家物業」. */
    public String companyName;

    /** Where phone numbers typed without a country code are from (ISO 3166, e.g. TW). */
    public String phoneRegion;

    /** The desk's own number (E.164), printed on receipts and letters and said in messages. */
    public String deskPhone;

    /** The site's own settings; a new site starts from {@link SiteDefaults}. */
    @Embedded
    public SiteSettings settings = new SiteSettings();

    public Instant closedAt;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    @Version
    public int version;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** A site not yet saved, with the company's defaults for everything but its code and name. */
    public static Site withDefaults(steward.StewardConfig config, SiteDefaults defaults) {
        Site site = new Site();
        site.companyName = config.companyName();
        site.timeZone = config.defaultTimeZone();
        site.currency = config.defaultCurrency();
        site.phoneRegion = config.phoneRegion();
        site.settings = SiteSettings.of(defaults);
        return site;
    }

    /**
     * Where phone numbers typed at the site without a country code are from; null for no site (then only numbers
     * with their country code are numbers).
     */
    public static String phoneRegionOf(Long siteId) {
        Site site = siteId == null ? null : findById(siteId);
        return site != null ? site.phoneRegion : null;
    }

    public static Site findByCode(String code) {
        return find("code", code).firstResult();
    }
}
