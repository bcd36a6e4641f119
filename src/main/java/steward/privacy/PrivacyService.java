package steward.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.resident.Resident;
import steward.resident.Site;
import steward.security.AuditAction;
import steward.security.AuditTrail;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Words;

/**
 * A resident's data: everything held about them as one export (audited), and the erasure of a moved-out
 * resident's personal data by anonymisation (audited), from every {@link ResidentTable}.
 */
@ApplicationScoped
public class PrivacyService {

    public record Export(Instant exportedAt, Map<String, Object> resident, Map<String, List<Map<String, Object>>> records) {
    }

    /** What the privacy page shows: the resident, whether erased, and how many records each source holds. */
    public record Summary(Long residentId, String name, LocalDate movedOut, Instant erasedAt, boolean erasable,
            Map<String, Integer> counts) {
    }

    public record Erasure(Long residentId, Instant erasedAt, Map<String, Long> changed) {
    }


    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Export export(Long residentId) {
        Resident resident = find(residentId, false);
        audit.record(AuditAction.EXPORT_RESIDENT, resident.siteId, resident.id, null);
        Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        for (ResidentTable table : ResidentTable.ALL) {
            records.put(table.key(), rows(table, resident));
        }
        return new Export(clock.instant(), file(resident), records);
    }

    public Summary summary(Long residentId) {
        Resident resident = find(residentId, false);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ResidentTable table : ResidentTable.ALL) {
            counts.put(table.key(), rows(table, resident).size());
        }
        Instant erasedAt = erasedAt(resident.id);
        return new Summary(resident.id, resident.name, resident.movedOut, erasedAt,
                erasedAt == null && movedOut(resident), counts);
    }

    /**
     * Replaces the personal data of a moved-out resident and of their records. The resident's row stays
     * (receipts, cards and the ledger refer to it); the ledger and receipts are not touched.
     */
    @Transactional
    public Erasure erase(Long residentId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 500) {
            throw InvalidInput.of("reason", said(PrivacyMessages::error_reason));
        }
        Resident resident = find(residentId, true);
        if (erasedAt(resident.id) != null) {
            throw new Conflict(said(PrivacyMessages::already_erased));
        }
        if (!movedOut(resident)) {
            throw new Conflict(said(PrivacyMessages::not_moved_out));
        }
        Map<String, Long> changed = new LinkedHashMap<>();
        for (ResidentTable table : ResidentTable.ALL) {
            changed.put(table.key(), table.erasable() ? (long) em.createNativeQuery(table.eraseSql())
                    .setParameter("site", resident.siteId).setParameter("resident", resident.id).executeUpdate() : 0L);
        }
        Instant now = clock.instant();
        // The placeholder is stored once, in the site's default language, whoever erases.
        resident.name = MessageBundles.get(PrivacyMessages.class).erased_name();
        resident.phones = new ArrayList<>();
        resident.email = null;
        resident.recordSmsConsent(false, null, null);
        resident.recordEmailConsent(false, null, null);
        em.flush();
        em.createNativeQuery("update resident set erased_at = ?1 where id = ?2").setParameter(1, now)
                .setParameter(2, resident.id).executeUpdate();
        audit.record(AuditAction.ERASE_RESIDENT, resident.siteId, resident.id, why);
        return new Erasure(resident.id, now, changed);
    }

    private boolean movedOut(Resident resident) {
        Site site = Site.findById(resident.siteId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), site.zone());
        return resident.movedOut != null && !resident.movedOut.isAfter(today);
    }

    private Instant erasedAt(Long residentId) {
        return (Instant) em.createNativeQuery("select erased_at from resident where id = ?1", Instant.class)
                .setParameter(1, residentId).getSingleResult();
    }

    private static Map<String, Object> file(Resident r) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("id", r.id);
        file.put("name", r.name);
        file.put("kind", r.kind);
        file.put("phones", List.copyOf(r.phones));
        file.put("email", r.email);
        file.put("preferredLanguage", r.preferredLanguage);
        file.put("consentSms", r.consentSms);
        file.put("consentEmail", r.consentEmail);
        file.put("movedOut", r.movedOut);
        file.put("units", r.units.stream().map(u -> u.label).toList());
        file.put("createdAt", r.createdAt);
        return file;
    }

    /** A resident of the caller's sites; any other id is "not found", whether or not it exists. */
    private Resident find(Long id, boolean lock) {
        var query = id == null ? null : Resident.<Resident>find("id", id);
        Resident resident = query == null ? null
                : lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE).firstResult() : query.firstResult();
        if (resident == null) {
            throw new NotFoundException();
        }
        return resident;
    }

    private List<Map<String, Object>> rows(ResidentTable table, Resident resident) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(table.exportSql(), Tuple.class).setParameter("site", resident.siteId)
                .setParameter("resident", resident.id).getResultList();
        return rows.stream().map(PrivacyService::values).toList();
    }

    /** A row as named values for JSON: timestamps as instants, SQL arrays as lists. */
    private static Map<String, Object> values(Tuple row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TupleElement<?> element : row.getElements()) {
            Object value = row.get(element);
            if (value instanceof java.sql.Timestamp timestamp) {
                value = timestamp.toInstant();
            }
            values.put(element.getAlias(), value instanceof java.sql.Array || value instanceof Object[]
                    ? List.of((Object[]) (value instanceof java.sql.Array a ? unwrap(a) : value)) : value);
        }
        return values;
    }

    private static Object[] unwrap(java.sql.Array array) {
        try {
            return (Object[]) array.getArray();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A refusal of the privacy desk, put into the reader's language where it is answered. */
    private static Words said(java.util.function.Function<PrivacyMessages, String> message) {
        return Words.of(PrivacyMessages.class, message);
    }
}
