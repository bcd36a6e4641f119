package steward.resident;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.security.AuditAction;
import steward.security.AuditTrail;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.Languages;
import steward.web.Messages;
import steward.web.UiContext;

/** Residents of the caller's sites: search, the audited file, the audited reveal, and registration. */
@ApplicationScoped
public class ResidentService {

    public static final int MAX_NAME_LENGTH = 100;
    static final int MAX_RESULTS = 20;
    /** Phone numbers one resident may have: a household's mobiles and a landline, not a directory. */
    static final int MAX_PHONES = 5;

    @Inject
    StaffContext staff;

    @Inject
    ResidentSearch search;

    @Inject
    AuditTrail audit;

    @Inject
    UiContext ui;

    @Inject
    steward.StewardConfig config;

    @Inject
    java.time.Clock clock;

    /** What a resident is found and listed by: name, units, a masked phone. */
    public record Summary(Long id, String name, ResidentKind kind, List<UnitRef> units, String phoneMasked) {
    }

    public record UnitRef(Long id, String label) {
    }

    /**
     * The resident file. Desk staff see what reception needs (name, kind, units, masked phones); service and
     * supervisors also see contact details and consents, and may reveal a number.
     */
    public record File(Long id, Long siteId, String name, ResidentKind kind, List<UnitRef> units,
            List<String> phonesMasked, String email, String preferredLanguage, Boolean consentSms,
            Boolean consentEmail, LocalDate movedIn, LocalDate movedOut, boolean canReveal) {

        /** One row per phone for the page, each masked until revealed. */
        public List<PhoneRow> phoneRows() {
            return java.util.stream.IntStream.range(0, phonesMasked.size())
                    .mapToObj(i -> new PhoneRow(id, i, phonesMasked.get(i), null, "", java.util.Map.of(), canReveal))
                    .toList();
        }
    }

    /** A phone on the resident's page: masked, or revealed after a reason was given (see revealPhone). */
    public record PhoneRow(Long residentId, int index, String masked, String revealed, String reason,
            java.util.Map<String, String> errors, boolean canReveal) {
    }

    public record NewResident(String name, String kind, List<String> phones, String email, String preferredLanguage,
            Boolean consentSms, Boolean consentEmail, List<Long> unitIds, LocalDate movedIn) {
    }

    /** The residents and units matching what was typed on a form, with the one already picked. */
    public ResidentPicker picker(String query, String selected) {
        if (query == null || query.isBlank()) {
            return new ResidentPicker("", selected, List.of(), List.of());
        }
        return new ResidentPicker(query, selected, search(query), searchUnits(query));
    }

    public List<Summary> search(String query) {
        List<Long> ids = search.residents(query, staff.siteIds(), MAX_RESULTS);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Resident> loaded = Resident.find("select distinct r from Resident r left join fetch r.units where r.id in ?1", ids)
                .list();
        return ResidentSearch.inOrder(ids, loaded, r -> r.id).stream().map(ResidentService::summary).toList();
    }

    public List<UnitRef> searchUnits(String query) {
        List<Long> ids = search.units(query, staff.siteIds(), MAX_RESULTS);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Unit> loaded = Unit.list("id in ?1", ids);
        return ResidentSearch.inOrder(ids, loaded, u -> u.id).stream().map(u -> new UnitRef(u.id, u.label)).toList();
    }

    /** Opens a file: every view is an audit event, written in the same transaction as the read. */
    @Transactional
    public File open(Long id) {
        Resident resident = find(id);
        audit.record(AuditAction.VIEW_RESIDENT, resident.siteId, resident.id, null);
        return file(resident);
    }

    /** The file as the caller may see it, for re-rendering part of a page already opened (and audited). */
    public File fileWithoutAudit(Long id) {
        return file(find(id));
    }

    /** Shows one full phone number to service or a supervisor, for a stated reason, and records it. */
    @Transactional
    public String revealPhone(Long id, int index, String reason) {
        Messages msg = ui.messages();
        if (!canReveal()) {
            throw new io.quarkus.security.ForbiddenException();
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.codePointCount(0, trimmed.length()) < 2) {
            throw InvalidInput.of("reason", msg.error_reason());
        }
        if (trimmed.length() > 500) {
            throw InvalidInput.of("reason", msg.error_too_long(500));
        }
        Resident resident = find(id);
        if (index < 0 || index >= resident.phones.size()) {
            throw new NotFoundException();
        }
        audit.record(AuditAction.REVEAL_PHONE, resident.siteId, resident.id, trimmed);
        return Phones.display(resident.phones.get(index));
    }

    @Transactional
    public Resident register(NewResident input) {
        Messages msg = ui.messages();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            errors.add("name", msg.error_required());
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            errors.add("name", msg.error_too_long(MAX_NAME_LENGTH));
        }
        ResidentKind kind = parseKind(input.kind());
        if (kind == null) {
            errors.add("kind", msg.error_kind());
        }
        Set<String> phones = new LinkedHashSet<>();
        if (input.phones() != null && input.phones().size() > MAX_PHONES) {
            errors.add("phones", msg.error_too_many_phones(MAX_PHONES));
        }
        for (String raw : input.phones() == null ? List.<String>of() : input.phones()) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            Optional<String> e164 = Phones.normalise(raw, config.phoneRegion());
            if (e164.isEmpty()) {
                errors.add("phones", msg.error_phone());
            } else {
                phones.add(e164.get());
            }
        }
        String email = input.email() == null || input.email().isBlank() ? null : input.email().strip();
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add("email", msg.error_email());
        }
        String language = input.preferredLanguage() == null ? Languages.TRADITIONAL : input.preferredLanguage();
        if (!Languages.SUPPORTED.contains(language)) {
            errors.add("preferredLanguage", msg.error_language());
        }
        if (input.movedIn() != null && (input.movedIn().getYear() < 1900
                || input.movedIn().isAfter(java.time.LocalDate.now(clock).plusYears(1)))) {
            errors.add("movedIn", msg.error_moved_in());
        }
        Long siteId = staff.currentSiteId();
        List<Long> unitIds = input.unitIds() == null ? List.of() : input.unitIds();
        List<Unit> units = unitIds.isEmpty() ? List.of() : Unit.list("id in ?1 and siteId = ?2", unitIds, siteId);
        if (unitIds.isEmpty() || units.size() != new LinkedHashSet<>(unitIds).size()) {
            errors.add("unitIds", unitIds.isEmpty() ? msg.error_required() : msg.error_unknown_unit());
        }
        errors.throwIfAny();

        Resident resident = new Resident();
        resident.siteId = siteId;
        resident.name = name;
        resident.kind = kind;
        resident.phones.addAll(phones);
        resident.email = email;
        resident.preferredLanguage = language;
        resident.consentSms = Boolean.TRUE.equals(input.consentSms());
        resident.consentEmail = Boolean.TRUE.equals(input.consentEmail());
        resident.movedIn = input.movedIn();
        resident.units.addAll(units);
        resident.persist();
        audit.record(AuditAction.CREATE_RESIDENT, siteId, resident.id, null);
        return resident;
    }

    /** A resident of the caller's sites; any other id is "not found", whether or not it exists. */
    public Resident find(Long id) {
        Resident resident = id == null ? null
                : Resident.find("id = ?1 and siteId in ?2", id, staff.siteIds()).firstResult();
        if (resident == null) {
            throw new NotFoundException();
        }
        return resident;
    }

    private boolean canReveal() {
        return staff.hasRole(Roles.SERVICE) || staff.hasRole(Roles.SUPERVISOR);
    }

    private File file(Resident r) {
        boolean fullFile = canReveal() || staff.hasRole(Roles.ADMIN);
        List<String> masked = r.phones.stream().map(Phones::mask).toList();
        return new File(r.id, r.siteId, r.name, r.kind, unitRefs(r), masked, fullFile ? r.email : null,
                fullFile ? r.preferredLanguage : null, fullFile ? r.consentSms : null,
                fullFile ? r.consentEmail : null, fullFile ? r.movedIn : null, r.movedOut, canReveal());
    }

    static Summary summary(Resident r) {
        String phone = r.phones.isEmpty() ? null : Phones.mask(r.phones.get(0));
        return new Summary(r.id, r.name, r.kind, unitRefs(r), phone);
    }

    private static List<UnitRef> unitRefs(Resident r) {
        return r.units.stream().map(u -> new UnitRef(u.id, u.label)).toList();
    }

    private static ResidentKind parseKind(String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return ResidentKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
