package steward.resident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Hibernate;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.security.AuditAction;
import steward.security.AuditTrail;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InputRules;
import steward.web.Languages;

/**
 * Residents of the caller's sites: search, the audited file, the audited reveal, and keeping them current (details,
 * phones, consents, moving in and out of units, a change of owner), every change in the audit trail with the fields
 * before and after. Customer service and supervisors keep residents (administrators too, when they set a site up);
 * the desk reads them.
 */
@ApplicationScoped
public class ResidentService {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_PHONES = 5;
    static final int MAX_RESULTS = 20;

    @Inject
    StaffContext staff;

    @Inject
    ResidentSearch search;

    @Inject
    AuditTrail audit;

    @Inject
    InputRules rules;

    @Inject
    CenterRecords records;

    @Inject
    UnitService units;

    @Inject
    Clock clock;

    /** What a resident is found and listed by: name, units, a masked phone. */
    public record Summary(Long id, String name, ResidentKind kind, List<UnitRef> units, String phoneMasked) {
    }

    public record UnitRef(Long id, String label) {
    }

    /** A resident's life in a unit: moved in (when known), moved out (null while they live there). */
    public record Residence(Long unitId, String unitLabel, LocalDate movedIn, LocalDate movedOut) {
    }

    /** A consent on one channel: given or not, when and how it was given or withdrawn (null: never recorded). */
    public record Consent(boolean given, Instant at, ConsentMethod how) {
    }

    /**
     * The resident file: everything the center has with the resident on one screen. Desk staff see what reception
     * needs (name, kind, units, masked phones, the records); service and supervisors also see contact details and
     * consents, may reveal a number and keep the resident current.
     */
    public record File(Long id, Long siteId, String name, ResidentKind kind, List<UnitRef> units,
            List<Residence> residences, List<String> phonesMasked, String email, String preferredLanguage,
            Boolean consentSms, Boolean consentEmail, Consent smsConsent, Consent emailConsent, LocalDate movedOut,
            boolean erased, boolean canReveal, boolean canEdit, FileRecords records) {

        /** One row per phone for the page, each masked until revealed. */
        public List<PhoneRow> phoneRows() {
            return java.util.stream.IntStream.range(0, phonesMasked.size())
                    .mapToObj(i -> new PhoneRow(id, i, phonesMasked.get(i), null, "", Map.of(), canReveal)).toList();
        }
    }

    /** A phone on the resident's page: masked, or revealed after a reason was given (see revealPhone). */
    public record PhoneRow(Long residentId, int index, String masked, String revealed, String reason,
            Map<String, String> errors, boolean canReveal) {
    }

    /**
     * A resident as typed: a new one (with the units they live in and since when) or the new details of one (units
     * then change by moving in and out). A consent that changes needs how it was given or withdrawn; its day is
     * today when left out.
     */
    @Schema(name = "ResidentInput")
    public record ResidentInput(
            @NotBlank(message = "{steward.required}") @Size(max = MAX_NAME_LENGTH, message = "{steward.too_long}")
            String name,
            @NotNull(message = "{steward.required}") ResidentKind kind,
            @Schema(description = "At most five, as people type them (0912 345 678, +886 912 345 678)")
            @Size(max = MAX_PHONES, message = "{steward.phones_max}")
            List<@Size(max = 40, message = "{steward.too_long}") String> phones,
            @Size(max = 254, message = "{steward.too_long}") @Email(message = "{steward.email}")
            @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{steward.email}") String email,
            @Schema(enumeration = { "zh-Hant", "zh-Hans", "en" }, description = "Messages to the resident are in it")
            @Pattern(regexp = "zh-Hant|zh-Hans|en", message = "{steward.language}") String preferredLanguage,
            Boolean consentSms,
            ConsentMethod consentSmsHow,
            @Schema(description = "The day the SMS consent was given or withdrawn (today when left out)")
            LocalDate consentSmsOn,
            Boolean consentEmail,
            ConsentMethod consentEmailHow,
            LocalDate consentEmailOn,
            @Schema(description = "Registering only: the units the resident lives in")
            List<@NotNull(message = "{steward.required}") Long> unitIds,
            @Schema(description = "Registering only: the day they moved in (when known)")
            LocalDate movedIn) implements InputRules.CrossFieldRules {

        public ResidentInput {
            name = name == null ? null : name.strip();
            email = email == null || email.isBlank() ? null : email.strip();
            phones = phones == null ? List.of()
                    : phones.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        }

        /** The n-th phone (from 1), or "" for the form's empty fields. */
        public String phone(int n) {
            return n >= 1 && n <= phones.size() ? phones.get(n - 1) : "";
        }

        /** A consent needs its channel's address: SMS a phone, email an email address. */
        @Override
        public Map<String, String> crossFieldViolations() {
            Map<String, String> violations = new LinkedHashMap<>();
            if (Boolean.TRUE.equals(consentSms) && phones.isEmpty()) {
                violations.put("phones", "steward.consent_needs_phone");
            }
            if (Boolean.TRUE.equals(consentEmail) && email == null) {
                violations.put("email", "steward.consent_needs_email");
            }
            return violations;
        }
    }

    @Schema(name = "MoveIn")
    public record MoveIn(@NotNull(message = "{steward.required}") Long unitId,
            @Schema(description = "When known; not after today") LocalDate date) {
    }

    @Schema(name = "MoveOut")
    public record MoveOut(@NotNull(message = "{steward.required}") Long unitId,
            @Schema(description = "Not after today, not before the move-in") @NotNull(message = "{steward.required}")
            LocalDate date) {
    }

    /** A change of owner: the unit's owners move out and the new owner (one of the site's, or a new one) moves in. */
    @Schema(name = "OwnerChange")
    public record OwnerChange(
            @Schema(description = "The day of the sale: the old owner's last day, the new owner's first")
            @NotNull(message = "{steward.required}") LocalDate date,
            @Schema(description = "A resident of the site who becomes the owner; required unless newOwner is given")
            Long newOwnerId,
            @Schema(description = "Or a new resident (kind OWNER; unitIds and movedIn are this unit and the date); "
                    + "required unless newOwnerId is given")
            @Valid ResidentInput newOwner) implements InputRules.CrossFieldRules {

        @Override
        public Map<String, String> crossFieldViolations() {
            return (newOwnerId == null) == (newOwner == null) ? Map.of("newOwnerId", "steward.owner_one_of")
                    : Map.of();
        }
    }

    /** The residents and units matching what is being typed, nothing picked yet: a picker's results as one types. */
    public ResidentPicker matching(String query) {
        return picker(query, null);
    }

    /** The residents and units matching what was typed on a form, with the one already picked. */
    public ResidentPicker picker(String query, String selected) {
        if (query == null || query.isBlank()) {
            return new ResidentPicker("", selected, List.of(), List.of());
        }
        return new ResidentPicker(query, selected, search(query), searchUnits(query));
    }

    public List<Summary> search(String query) {
        List<Long> ids = search.residents(query, staff.siteIds(), () -> Site.phoneRegionOf(staff.currentSiteId()),
                MAX_RESULTS);
        return summaries(ids);
    }

    /** The residents of the ids with their current units, in the order of the ids (the benchmark times it alone). */
    static List<Summary> summaries(List<Long> ids) {
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
    @Transactional
    public File fileWithoutAudit(Long id) {
        return file(find(id));
    }

    /** Shows one full phone number to service or a supervisor, for a stated reason, and records it. */
    @Transactional
    public String revealPhone(Long id, int index, String reason) {
        if (!canReveal()) {
            throw new io.quarkus.security.ForbiddenException();
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.codePointCount(0, trimmed.length()) < 2) {
            throw rules.refuse("reason", "steward.reason");
        }
        if (trimmed.length() > 500) {
            throw rules.refuse("reason", "steward.too_long_n", 500);
        }
        Resident resident = find(id);
        if (index < 0 || index >= resident.phones.size()) {
            throw new NotFoundException();
        }
        audit.record(AuditAction.REVEAL_PHONE, resident.siteId, resident.id, trimmed);
        return Phones.display(resident.phones.get(index));
    }

    /** Registers a resident in the caller's current site, living in the units named from the day given. */
    @Transactional
    public Resident register(ResidentInput typed) {
        ResidentInput input = rules.check(typed);
        Site site = Site.findById(staff.currentSiteId());
        if (site == null) {
            throw new NotFoundException();
        }
        List<Long> unitIds = input.unitIds() == null ? List.of() : input.unitIds();
        if (unitIds.isEmpty()) {
            throw rules.refuse("unitIds", "steward.required");
        }
        List<Unit> homes = Unit.list("id in ?1 and siteId = ?2 and closedAt is null", unitIds, site.id);
        if (homes.size() != new LinkedHashSet<>(unitIds).size()) {
            throw rules.refuse("unitIds", "steward.unit.unknown");
        }
        LocalDate today = today(site);
        if (input.movedIn() != null && input.movedIn().isAfter(today)) {
            throw rules.refuse("movedIn", "steward.date_future");
        }
        Resident resident = new Resident();
        resident.siteId = site.id;
        resident.preferredLanguage = Languages.TRADITIONAL;
        applyDetails(resident, input, site, today, new Changes());
        resident.persist();
        homes.forEach(unit -> ResidentUnit.moveIn(resident, unit, input.movedIn()));
        audit.record(AuditAction.CREATE_RESIDENT, site.id, resident.id, null);
        Panache.getEntityManager().flush();
        Panache.getEntityManager().refresh(resident);
        Hibernate.initialize(resident.units);
        return resident;
    }

    /** Changes a resident's details, phones and consents; units change by moving in and out. */
    @Transactional
    public void update(Long id, ResidentInput typed) {
        ResidentInput input = rules.check(typed);
        if (input.unitIds() != null && !input.unitIds().isEmpty() || input.movedIn() != null) {
            throw rules.refuse("unitIds", "steward.units_by_moving");
        }
        Resident resident = editable(id);
        Site site = Site.findById(resident.siteId);
        Changes changes = new Changes();
        applyDetails(resident, input, site, today(site), changes);
        if (!changes.isEmpty()) {
            audit.recordChange(AuditAction.UPDATE_RESIDENT, resident.siteId, resident.id, changes.json());
        }
    }

    /** The resident lives in one more unit of their site, from the day given (when known). */
    @Transactional
    public void moveIn(Long id, MoveIn typed) {
        MoveIn input = rules.check(typed);
        Resident resident = editable(id);
        Site site = Site.findById(resident.siteId);
        Unit unit = Unit.find("id = ?1 and siteId = ?2", input.unitId(), site.id).firstResult();
        if (unit == null || unit.isClosed()) {
            throw rules.refuse("unitId", "steward.unit.unknown");
        }
        if (input.date() != null && input.date().isAfter(today(site))) {
            throw rules.refuse("date", "steward.date_future");
        }
        if (ResidentUnit.current(resident.id, unit.id) != null) {
            throw new Conflict(InputRules.said("steward.move_in.already", unit.label));
        }
        ResidentUnit.moveIn(resident, unit, input.date());
        resident.movedOut = null;
        audit.recordChange(AuditAction.MOVE_IN, site.id, resident.id, new Changes().fact("unit", unit.label)
                .fact("unitId", unit.id).fact("movedIn", input.date()).json());
    }

    /**
     * The resident leaves a unit on a day: the history stays, messages still waiting about that unit are withdrawn
     * (all of them when it was their last unit), and a resident with no unit left can be erased by the privacy tools.
     */
    @Transactional
    public void moveOut(Long id, MoveOut typed) {
        MoveOut input = rules.check(typed);
        Resident resident = editable(id);
        Site site = Site.findById(resident.siteId);
        moveOut(resident, site, input.unitId(), input.date(), "date");
        audit.recordChange(AuditAction.MOVE_OUT, site.id, resident.id, new Changes()
                .fact("unit", Unit.<Unit>findById(input.unitId()).label).fact("unitId", input.unitId())
                .fact("movedOut", input.date()).json());
    }

    /**
     * A unit changes hands in one step: its owners move out on the day, the new owner (of the site, or registered
     * now) moves in on it. The unit's account and arrears are the unit's: they stay with it, whoever owns it.
     */
    @Transactional
    public Long changeOwner(Long unitId, OwnerChange typed) {
        OwnerChange input = rules.check(typed);
        if (!canEdit()) {
            throw new io.quarkus.security.ForbiddenException();
        }
        Unit unit = units.findForUpdate(unitId);
        if (unit.isClosed()) {
            throw new Conflict(InputRules.said("steward.unit.closed"));
        }
        Site site = Site.findById(unit.siteId);
        LocalDate today = today(site);
        if (input.date().isAfter(today)) {
            throw rules.refuse("date", "steward.date_future");
        }
        Resident newOwner = null;
        if (input.newOwnerId() != null) {
            newOwner = Resident.find("id = ?1 and siteId = ?2", input.newOwnerId(), site.id).firstResult();
            if (newOwner == null || erased(newOwner)) {
                throw rules.refuse("newOwnerId", "steward.resident.unknown");
            }
        }
        List<Resident> owners = Resident.list("select r from Resident r join r.units u where u.id = ?1 and r.kind = ?2",
                unit.id, ResidentKind.OWNER);
        List<Long> before = new ArrayList<>();
        for (Resident owner : owners) {
            if (newOwner != null && owner.id.equals(newOwner.id)) {
                throw rules.refuse("newOwnerId", "steward.owner_already");
            }
            moveOut(owner, site, unit.id, input.date(), "date");
            audit.recordChange(AuditAction.MOVE_OUT, site.id, owner.id, new Changes().fact("unit", unit.label)
                    .fact("unitId", unit.id).fact("movedOut", input.date()).json());
            before.add(owner.id);
        }
        if (newOwner == null) {
            ResidentInput details = input.newOwner();
            ResidentInput asOwner = new ResidentInput(details.name(), ResidentKind.OWNER, details.phones(),
                    details.email(), details.preferredLanguage(), details.consentSms(), details.consentSmsHow(),
                    details.consentSmsOn(), details.consentEmail(), details.consentEmailHow(), details.consentEmailOn(),
                    null, null);
            newOwner = new Resident();
            newOwner.siteId = site.id;
            newOwner.preferredLanguage = Languages.TRADITIONAL;
            applyDetails(newOwner, rules.check(asOwner), site, today, new Changes());
            newOwner.persist();
            audit.record(AuditAction.CREATE_RESIDENT, site.id, newOwner.id, null);
        } else if (newOwner.kind != ResidentKind.OWNER) {
            audit.recordChange(AuditAction.UPDATE_RESIDENT, site.id, newOwner.id,
                    new Changes().field("kind", newOwner.kind, ResidentKind.OWNER).json());
            newOwner.kind = ResidentKind.OWNER;
        }
        if (ResidentUnit.current(newOwner.id, unit.id) == null) {
            ResidentUnit.moveIn(newOwner, unit, input.date());
        }
        newOwner.movedOut = null;
        audit.recordChange(AuditAction.CHANGE_OWNER, site.id, newOwner.id, new Changes().fact("unit", unit.label)
                .fact("unitId", unit.id).fact("date", input.date()).fact("previousOwners", before)
                .fact("newOwner", newOwner.id).json());
        return newOwner.id;
    }

    /** A resident of the caller's sites; any other id is "not found", whether or not it exists. */
    public Resident find(Long id) {
        Resident resident = id == null ? null
                : Resident.findById(id);
        if (resident == null) {
            throw new NotFoundException();
        }
        return resident;
    }

    /** Whether the caller keeps residents current (the desk reads them only). */
    public boolean canEdit() {
        return staff.hasRole(Roles.SERVICE) || staff.hasRole(Roles.SUPERVISOR) || staff.hasRole(Roles.ADMIN);
    }

    /** The resident as the edit form starts. */
    public ResidentInput current(Long id) {
        Resident r = find(id);
        return new ResidentInput(r.name, r.kind, r.phones.stream().map(Phones::national).toList(), r.email,
                r.preferredLanguage, r.consentSms, r.consentSmsHow, null, r.consentEmail, r.consentEmailHow, null, null,
                null);
    }

    /** The unit of the current site a form names by its label (however spaced or typed), or refused on the field. */
    public Long unitByLabel(String label, String field) {
        Unit unit = label == null || label.isBlank() ? null : Unit.findByLabel(staff.currentSiteId(), label);
        if (unit == null || unit.isClosed()) {
            throw rules.refuse(field, label == null || label.isBlank() ? "steward.required" : "steward.unit.unknown");
        }
        return unit.id;
    }

    private Resident editable(Long id) {
        if (!canEdit()) {
            throw new io.quarkus.security.ForbiddenException();
        }
        Resident resident = find(id);
        if (erased(resident)) {
            throw new Conflict(InputRules.said("steward.resident.erased"));
        }
        return resident;
    }

    private void moveOut(Resident resident, Site site, Long unitId, LocalDate date, String dateField) {
        ResidentUnit link = unitId == null ? null : ResidentUnit.current(resident.id, unitId);
        if (link == null) {
            throw rules.refuse("unitId", "steward.move_out.not_living_there");
        }
        if (date.isAfter(today(site))) {
            throw rules.refuse(dateField, "steward.date_future");
        }
        if (link.movedIn != null && date.isBefore(link.movedIn)) {
            throw rules.refuse(dateField, "steward.move_out.before_move_in", link.movedIn.toString());
        }
        link.movedOut = date;
        boolean lastUnit = ResidentUnit.count("resident.id = ?1 and movedOut is null and id <> ?2", resident.id,
                link.id) == 0;
        if (lastUnit) {
            resident.movedOut = date;
        }
        Panache.getEntityManager().createNativeQuery("""
                update notification set state = 'WITHDRAWN'
                 where resident_id = ?1 and state in ('PENDING', 'FAILED') and (?3 or unit_id = ?2)""")
                .setParameter(1, resident.id).setParameter(2, unitId).setParameter(3, lastUnit).executeUpdate();
    }

    /** The typed details onto the resident, each change noted (phones masked); refused before anything changes. */
    private void applyDetails(Resident resident, ResidentInput input, Site site, LocalDate today, Changes changes) {
        Set<String> phones = new LinkedHashSet<>();
        for (String typed : input.phones()) {
            Optional<String> e164 = Phones.normalise(typed, site.phoneRegion);
            if (e164.isEmpty()) {
                throw rules.refuse("phones", "steward.phone_typed", typed);
            }
            phones.add(e164.get());
        }
        Consent sms = consent(resident.consentSms, resident.consentSmsAt, resident.consentSmsHow, input.consentSms(),
                input.consentSmsHow(), input.consentSmsOn(), "consentSms", site, today);
        Consent email = consent(resident.consentEmail, resident.consentEmailAt, resident.consentEmailHow,
                input.consentEmail(), input.consentEmailHow(), input.consentEmailOn(), "consentEmail", site, today);
        String language = input.preferredLanguage() != null ? input.preferredLanguage() : resident.preferredLanguage;

        changes.field("name", resident.name, input.name()).field("kind", resident.kind, input.kind())
                .field("phones", Changes.masked(resident.phones), Changes.masked(List.copyOf(phones)))
                .field("email", resident.email, input.email())
                .field("preferredLanguage", resident.preferredLanguage, language)
                .field("consentSms", consentFacts(resident.consentSms, resident.consentSmsAt, resident.consentSmsHow),
                        consentFacts(sms.given(), sms.at(), sms.how()))
                .field("consentEmail", consentFacts(resident.consentEmail, resident.consentEmailAt,
                        resident.consentEmailHow), consentFacts(email.given(), email.at(), email.how()));
        boolean smsWithdrawn = resident.consentSms && !sms.given();
        boolean emailWithdrawn = resident.consentEmail && !email.given();
        resident.name = input.name();
        resident.kind = input.kind();
        resident.phones = new ArrayList<>(phones);
        resident.email = input.email();
        resident.preferredLanguage = language;
        resident.recordSmsConsent(sms.given(), sms.at(), sms.how());
        resident.recordEmailConsent(email.given(), email.at(), email.how());
        if (resident.id != null && (smsWithdrawn || emailWithdrawn)) {
            // A withdrawn consent stops what is still waiting on that channel, not only what comes next.
            Panache.getEntityManager().createNativeQuery("""
                    update notification set state = 'WITHDRAWN'
                     where resident_id = ?1 and state in ('PENDING', 'FAILED')
                       and ((?2 and channel = 'SMS') or (?3 and channel = 'EMAIL'))""")
                    .setParameter(1, resident.id).setParameter(2, smsWithdrawn).setParameter(3, emailWithdrawn)
                    .executeUpdate();
        }
    }

    /**
     * A channel's consent after the form: as it was when the answer did not change; otherwise given or withdrawn
     * now (or on the day typed), which needs how.
     */
    private Consent consent(boolean given, Instant at, ConsentMethod how, Boolean typed, ConsentMethod typedHow,
            LocalDate typedOn, String field, Site site, LocalDate today) {
        boolean wanted = typed != null ? typed : given;
        boolean changed = wanted != given || (typedHow != null && typedHow != how) || typedOn != null;
        if (!changed) {
            return new Consent(given, at, how);
        }
        if (typedHow == null) {
            throw rules.refuse(field + "How", "steward.consent_how");
        }
        if (typedOn != null && typedOn.isAfter(today)) {
            throw rules.refuse(field + "On", "steward.date_future");
        }
        Instant when = typedOn == null || typedOn.equals(today) ? clock.instant()
                : typedOn.atStartOfDay(site.zone()).toInstant();
        return new Consent(wanted, when, typedHow);
    }

    private static Map<String, Object> consentFacts(boolean given, Instant at, ConsentMethod how) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("given", given);
        facts.put("at", at);
        facts.put("how", how);
        return facts;
    }

    private boolean canReveal() {
        return staff.hasRole(Roles.SERVICE) || staff.hasRole(Roles.SUPERVISOR);
    }

    private File file(Resident r) {
        boolean fullFile = canReveal() || staff.hasRole(Roles.ADMIN);
        List<String> masked = r.phones.stream().map(Phones::mask).toList();
        List<ResidentUnit> links = ResidentUnit.list(
                "select ru from ResidentUnit ru join fetch ru.unit where ru.resident.id = ?1 "
                        + "order by ru.movedOut desc nulls first, ru.movedIn desc nulls last, ru.id desc", r.id);
        List<Residence> residences = links.stream()
                .map(l -> new Residence(l.unit.id, l.unit.label, l.movedIn, l.movedOut)).toList();
        List<Long> current = links.stream().filter(ResidentUnit::isCurrent).map(l -> l.unit.id).toList();
        Site site = Site.findById(r.siteId);
        return new File(r.id, r.siteId, r.name, r.kind, unitRefs(r), residences, masked, fullFile ? r.email : null,
                fullFile ? r.preferredLanguage : null, fullFile ? r.consentSms : null,
                fullFile ? r.consentEmail : null,
                fullFile ? new Consent(r.consentSms, r.consentSmsAt, r.consentSmsHow) : null,
                fullFile ? new Consent(r.consentEmail, r.consentEmailAt, r.consentEmailHow) : null, r.movedOut,
                erased(r), canReveal(), canEdit() && !erased(r), records.ofResident(site, r.id, current));
    }

    static Summary summary(Resident r) {
        String phone = r.phones.isEmpty() ? null : Phones.mask(r.phones.get(0));
        return new Summary(r.id, r.name, r.kind, unitRefs(r), phone);
    }

    private static List<UnitRef> unitRefs(Resident r) {
        return r.units.stream().map(u -> new UnitRef(u.id, u.label)).toList();
    }

    private static boolean erased(Resident resident) {
        return resident.erasedAt != null;
    }

    private LocalDate today(Site site) {
        return LocalDate.ofInstant(clock.instant(), site.zone());
    }
}
