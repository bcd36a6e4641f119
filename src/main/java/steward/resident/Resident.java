package steward.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/** A resident of one site: an owner, a tenant or a household member of one or more units. */
@Entity
@Filter(name = SiteScope.FILTER)
public class Resident extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public String name;

    @Enumerated(EnumType.STRING)
    public ResidentKind kind;

    /** E.164 numbers, normalised by {@link Phones}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> phones = new ArrayList<>();

    public String email;

    public String preferredLanguage = "zh-Hant";

    public boolean consentSms;

    /** When the resident gave (or withdrew) the SMS consent, and how: set together with {@link #consentSms}. */
    public Instant consentSmsAt;

    @Enumerated(EnumType.STRING)
    public ConsentMethod consentSmsHow;

    public boolean consentEmail;

    public Instant consentEmailAt;

    @Enumerated(EnumType.STRING)
    public ConsentMethod consentEmailHow;

    /**
     * The day the resident left the last of their units; null while they live in one. Kept by whoever moves them
     * out ({@link ResidentUnit}); the privacy tools erase only a resident who has moved out.
     */
    public LocalDate movedOut;

    /**
     * The units the resident lives in now (the view of the current rows of {@link ResidentUnit}), for reading and
     * for queries that join residents to units: moving in and out goes through {@link ResidentUnit}, which keeps the
     * dates and the history.
     */
    @ManyToMany
    @Immutable
    @JoinTable(name = "resident_unit_current", joinColumns = @JoinColumn(name = "resident_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderBy("label")
    public Set<Unit> units = new LinkedHashSet<>();

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    @Version
    public int version;

    /** When the personal data was erased (the privacy tools); null for everyone else. */
    @Column(insertable = false, updatable = false)
    public Instant erasedAt;

    String searchText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] searchTerms;

    /** Gives or withdraws the SMS consent, recording when and how. */
    public void recordSmsConsent(boolean given, Instant at, ConsentMethod how) {
        consentSms = given;
        consentSmsAt = at;
        consentSmsHow = how;
    }

    /** Gives or withdraws the email consent, recording when and how. */
    public void recordEmailConsent(boolean given, Instant at, ConsentMethod how) {
        consentEmail = given;
        consentEmailAt = at;
        consentEmailHow = how;
    }

    @PrePersist
    @PreUpdate
    void indexForSearch() {
        searchText = SearchTerms.normalise(name);
        searchTerms = searchTerms(name, phones);
    }

    /** What a resident is found by: the name's grams and pinyin initials, and each phone. */
    public static String[] searchTerms(String name, List<String> phones) {
        Set<String> terms = new LinkedHashSet<>(SearchTerms.forName(name));
        for (String phone : phones) {
            terms.addAll(SearchTerms.forPhone(phone));
        }
        return terms.toArray(String[]::new);
    }
}
