package steward.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import steward.resident.ConsentMethod;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.resident.ResidentKind;
import steward.resident.ResidentService;
import steward.resident.SearchTerms;
import steward.resident.UnitLabel;
import steward.security.AuditAction;
import steward.web.Languages;

/**
 * Residents: name, kind, units, phones, email, language, consent per channel with when and how, move-in date. A
 * row is the resident of the site with the same name (traditional and simplified alike) who shares a phone or a
 * unit with it; such a resident's changed fields are updated, anyone else is added. A column left out of the file
 * leaves that field alone; a consent is recorded only when the decision changes (with the file's date and method,
 * else the import's time and "earlier records"). Units are moved into, never out of: moving out takes a date on
 * the resident's file. Every resident added or changed is in the audit trail with what changed.
 */
@ApplicationScoped
class ResidentRows implements RowHandler {

    static final int MAX_PHONES = 5;

    @Inject
    ImportText text;

    @Inject
    Validator validator;

    /** The rule of an email address, the same as everywhere a resident's address is taken. */
    record EmailAddress(@Email @Size(max = 254) String email) {
    }

    record Row(RowValues values, String name, String nameKey, ResidentKind kind, List<String> unitLabels,
            List<String> unitKeys, List<String> phones, String email, String language, Boolean consentSms,
            Boolean consentEmail, Instant consentAt, ConsentMethod consentHow, LocalDate movedIn) {
    }

    private record UnitRef(long id, String label, boolean closed) {
    }

    private record Existing(long id, String name, String nameKey, ResidentKind kind, List<String> phones, String email,
            String language, boolean consentSms, boolean consentEmail, Set<Long> unitIds) {
    }

    /** What the pass does to one resident: add them, or change these fields (and move them into these units). */
    private record Change(Row row, Existing existing, List<Long> unitIds, List<Long> newUnitIds, List<String> changes) {
    }

    /** A resident moving into a unit, on the date the file gives (or none). */
    private record MoveIn(long residentId, long unitId, LocalDate movedIn) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.RESIDENTS;
    }

    @Override
    public void handle(List<RowValues> rows, Pass pass, Connection connection) throws SQLException {
        List<Row> parsed = new ArrayList<>();
        for (RowValues values : rows) {
            Row row = parse(values, pass);
            if (row != null) {
                parsed.add(row);
            }
        }
        Map<String, UnitRef> units = units(pass, connection,
                parsed.stream().flatMap(r -> r.unitKeys().stream()).distinct().toList());
        Map<Long, UnitRef> unitsById = new HashMap<>();
        units.values().forEach(unit -> unitsById.put(unit.id(), unit));
        Map<String, List<Existing>> residents = residents(pass, connection,
                parsed.stream().map(Row::nameKey).distinct().toList());
        @SuppressWarnings("unchecked")
        Map<Long, Integer> matched = (Map<Long, Integer>) pass.memo.computeIfAbsent("matched", k -> new HashMap<>());
        List<Change> changes = new ArrayList<>();
        for (Row row : parsed) {
            List<Long> unitIds = new ArrayList<>();
            for (int i = 0; i < row.unitKeys().size(); i++) {
                UnitRef unit = units.get(row.unitKeys().get(i));
                if (unit == null) {
                    row.values().refuse(ImportColumn.UNITS, ImportReason.UNKNOWN_UNIT, row.unitLabels().get(i));
                } else {
                    unitIds.add(unit.id());
                }
            }
            if (!row.values().accepted()) {
                continue;
            }
            List<Existing> candidates = residents.getOrDefault(row.nameKey(), List.of()).stream()
                    .filter(r -> row.phones() != null && r.phones().stream().anyMatch(row.phones()::contains)
                            || unitIds.stream().anyMatch(r.unitIds()::contains))
                    .toList();
            if (candidates.size() > 1) {
                row.values().refuse(ImportColumn.NAME, ImportReason.AMBIGUOUS_RESIDENT,
                        String.valueOf(candidates.size()));
                continue;
            }
            Existing existing = candidates.isEmpty() ? null : candidates.get(0);
            if (existing != null) {
                Integer first = matched.putIfAbsent(existing.id(), row.values().line);
                if (first != null) {
                    row.values().refuse(ImportColumn.NAME, ImportReason.DUPLICATE_ROW, String.valueOf(first));
                    continue;
                }
            }
            List<Long> newUnitIds = unitIds.stream()
                    .filter(id -> existing == null || !existing.unitIds().contains(id)).toList();
            for (Long id : newUnitIds) {
                UnitRef unit = unitsById.get(id);
                if (unit.closed()) {
                    row.values().refuse(ImportColumn.UNITS, ImportReason.UNIT_CLOSED, unit.label());
                }
            }
            if (!row.values().accepted()) {
                continue;
            }
            if (existing == null) {
                pass.created++;
                changes.add(new Change(row, null, unitIds, newUnitIds, List.of("created")));
                continue;
            }
            List<String> changed = changedFields(row, existing, newUnitIds, unitsById);
            if (changed.isEmpty()) {
                pass.unchanged++;
            } else {
                pass.updated++;
                changes.add(new Change(row, existing, unitIds, newUnitIds, changed));
            }
        }
        if (pass.write && !changes.isEmpty()) {
            write(pass, connection, changes);
        }
    }

    private Row parse(RowValues values, Pass pass) {
        String name = values.text(ImportColumn.NAME);
        if (name.isEmpty()) {
            values.refuse(ImportColumn.NAME, ImportReason.REQUIRED);
        } else if (name.codePointCount(0, name.length()) > ResidentService.MAX_NAME_LENGTH) {
            values.refuse(ImportColumn.NAME, ImportReason.TOO_LONG, String.valueOf(ResidentService.MAX_NAME_LENGTH));
        }
        ResidentKind kind = required(values, ImportColumn.RESIDENT_KIND, text.choice(ResidentKind.class,
                values.text(ImportColumn.RESIDENT_KIND)));
        List<String> unitLabels = Cells.list(values.text(ImportColumn.UNITS), false).stream().map(UnitLabel::tidy)
                .toList();
        if (unitLabels.isEmpty()) {
            values.refuse(ImportColumn.UNITS, ImportReason.REQUIRED);
        } else if (unitLabels.stream().anyMatch(l -> !UnitRows.validLabel(l))) {
            values.refuse(ImportColumn.UNITS, ImportReason.UNIT_LABEL_INVALID);
        }
        List<String> unitKeys = unitLabels.stream().map(UnitLabel::key).distinct().toList();
        List<String> phones = null;
        if (values.present(ImportColumn.PHONES)) {
            Set<String> numbers = new LinkedHashSet<>();
            List<String> typed = Cells.list(values.text(ImportColumn.PHONES), true);
            for (String raw : typed) {
                Optional<String> e164 = Phones.normalise(raw, pass.phoneRegion);
                if (e164.isEmpty()) {
                    values.refuse(ImportColumn.PHONES, ImportReason.PHONE_INVALID);
                    break;
                }
                numbers.add(e164.get());
            }
            if (numbers.size() > MAX_PHONES) {
                values.refuse(ImportColumn.PHONES, ImportReason.TOO_MANY_PHONES);
            }
            phones = List.copyOf(numbers);
        }
        String email = null;
        if (values.present(ImportColumn.EMAIL)) {
            email = values.text(ImportColumn.EMAIL);
            if (!email.isEmpty() && !validator.validateValue(EmailAddress.class, "email", email).isEmpty()
                    || !email.isEmpty() && !email.contains(".")) {
                values.refuse(ImportColumn.EMAIL, ImportReason.EMAIL_INVALID);
            }
        }
        String language = null;
        if (!values.text(ImportColumn.LANGUAGE).isEmpty()) {
            language = text.language(values.text(ImportColumn.LANGUAGE)).orElse(null);
            if (language == null) {
                values.refuse(ImportColumn.LANGUAGE, ImportReason.CHOICE_INVALID);
            }
        }
        Boolean consentSms = yesNo(values, ImportColumn.CONSENT_SMS);
        Boolean consentEmail = yesNo(values, ImportColumn.CONSENT_EMAIL);
        LocalDate consentDate = date(values, ImportColumn.CONSENT_DATE);
        if (consentDate != null && consentDate.isAfter(pass.today)) {
            values.refuse(ImportColumn.CONSENT_DATE, ImportReason.DATE_IN_FUTURE);
        }
        ConsentMethod consentHow = null;
        if (!values.text(ImportColumn.CONSENT_HOW).isEmpty()) {
            consentHow = required(values, ImportColumn.CONSENT_HOW,
                    text.choice(ConsentMethod.class, values.text(ImportColumn.CONSENT_HOW)));
        }
        LocalDate movedIn = date(values, ImportColumn.MOVED_IN);
        if (!values.accepted()) {
            return null;
        }
        String nameKey = SearchTerms.normalise(name);
        Set<String> keys = new LinkedHashSet<>();
        if (phones != null) {
            phones.forEach(p -> keys.add("resident:" + nameKey + "|tel:" + p));
        }
        unitKeys.forEach(u -> keys.add("resident:" + nameKey + "|unit:" + u));
        for (String key : keys) {
            Integer first = pass.firstLineOf(key, values.line);
            if (first != null) {
                values.refuse(ImportColumn.NAME, ImportReason.DUPLICATE_ROW, String.valueOf(first));
                return null;
            }
        }
        Instant consentAt = consentDate == null ? null : consentDate.atStartOfDay(pass.zone).toInstant();
        return new Row(values, name, nameKey, kind, unitLabels, unitKeys, phones, email, language, consentSms,
                consentEmail, consentAt, consentHow, movedIn);
    }

    private static <E> E required(RowValues values, ImportColumn column, Optional<E> choice) {
        if (values.text(column).isEmpty()) {
            values.refuse(column, ImportReason.REQUIRED);
            return null;
        }
        if (choice.isEmpty()) {
            values.refuse(column, ImportReason.CHOICE_INVALID);
            return null;
        }
        return choice.get();
    }

    /** A yes or no; null when the cell is blank (a new resident then has no consent, a known one keeps theirs). */
    private static Boolean yesNo(RowValues values, ImportColumn column) {
        String cell = values.text(column);
        if (cell.isEmpty()) {
            return null;
        }
        Optional<Boolean> answer = Cells.yesNo(cell);
        if (answer.isEmpty()) {
            values.refuse(column, ImportReason.YES_NO_INVALID);
        }
        return answer.orElse(null);
    }

    private static LocalDate date(RowValues values, ImportColumn column) {
        String cell = values.text(column);
        if (cell.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = Cells.date(cell);
        if (date.isEmpty()) {
            values.refuse(column, ImportReason.DATE_INVALID);
        }
        return date.orElse(null);
    }

    private List<String> changedFields(Row row, Existing existing, List<Long> newUnitIds, Map<Long, UnitRef> units) {
        List<String> changed = new ArrayList<>();
        if (row.kind() != existing.kind()) {
            changed.add("kind: " + existing.kind() + " → " + row.kind());
        }
        if (row.phones() != null && !row.phones().equals(existing.phones())) {
            changed.add("phones: " + masked(existing.phones()) + " → " + masked(row.phones()));
        }
        if (row.email() != null && !Objects.equals(emptyToNull(row.email()), existing.email())) {
            changed.add("email: " + (existing.email() == null ? "" : existing.email()) + " → " + row.email());
        }
        if (row.language() != null && !row.language().equals(existing.language())) {
            changed.add("language: " + existing.language() + " → " + row.language());
        }
        if (row.consentSms() != null && row.consentSms() != existing.consentSms()) {
            changed.add("consentSms: " + existing.consentSms() + " → " + row.consentSms());
        }
        if (row.consentEmail() != null && row.consentEmail() != existing.consentEmail()) {
            changed.add("consentEmail: " + existing.consentEmail() + " → " + row.consentEmail());
        }
        for (Long id : newUnitIds) {
            changed.add("units: + " + units.get(id).label());
        }
        return changed;
    }

    private static String masked(List<String> phones) {
        return phones.stream().map(Phones::mask).collect(Collectors.joining(" "));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static Map<String, UnitRef> units(Pass pass, Connection connection, List<String> keys) throws SQLException {
        Map<String, UnitRef> units = new HashMap<>();
        if (keys.isEmpty()) {
            return units;
        }
        try (PreparedStatement select = connection.prepareStatement("""
                select u.id, u.label_key, u.label, u.closed_at is not null or b.closed_at is not null
                  from unit u join building b on b.id = u.building_id
                 where u.site_id = ? and u.label_key = any (?)
                """)) {
            select.setLong(1, pass.siteId);
            select.setArray(2, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    units.put(rs.getString(2), new UnitRef(rs.getLong(1), rs.getString(3), rs.getBoolean(4)));
                }
            }
        }
        return units;
    }

    /** The site's residents (not moved out, not erased) with these names, with their current units. */
    private static Map<String, List<Existing>> residents(Pass pass, Connection connection, List<String> nameKeys)
            throws SQLException {
        Map<String, List<Existing>> residents = new HashMap<>();
        if (nameKeys.isEmpty()) {
            return residents;
        }
        try (PreparedStatement select = connection.prepareStatement("""
                select r.id, r.name, r.search_text, r.kind, r.phones, r.email, r.preferred_language, r.consent_sms,
                       r.consent_email,
                       coalesce(array_agg(ru.unit_id) filter (where ru.unit_id is not null), '{}')
                  from resident r
                  left join resident_unit ru on ru.resident_id = r.id and ru.moved_out is null
                 where r.site_id = ? and r.search_text = any (?) and r.moved_out is null and r.erased_at is null
                 group by r.id
                """)) {
            select.setLong(1, pass.siteId);
            select.setArray(2, connection.createArrayOf("text", nameKeys.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Existing resident = new Existing(rs.getLong(1), rs.getString(2), rs.getString(3),
                            ResidentKind.valueOf(rs.getString(4)), Arrays.asList((String[]) rs.getArray(5).getArray()),
                            rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9),
                            new HashSet<>(Arrays.asList((Long[]) rs.getArray(10).getArray())));
                    residents.computeIfAbsent(resident.nameKey(), k -> new ArrayList<>()).add(resident);
                }
            }
        }
        return residents;
    }

    private static void write(Pass pass, Connection connection, List<Change> changes) throws SQLException {
        List<Change> creates = changes.stream().filter(c -> c.existing() == null).toList();
        List<Long> ids = ImportSql.nextIds(connection, "resident", creates.size());
        Map<Change, Long> residentIds = new HashMap<>();
        for (int i = 0; i < creates.size(); i++) {
            residentIds.put(creates.get(i), ids.get(i));
        }
        for (List<Change> group : ImportSql.perStatement(creates, 16)) {
            try (PreparedStatement insert = connection.prepareStatement(ImportSql.insertRows("resident", """
                    id, site_id, name, kind, phones, email, preferred_language, consent_sms, consent_sms_at,
                    consent_sms_how, consent_email, consent_email_at, consent_email_how, search_text, search_terms,
                    created_at""", 16, group.size()))) {
                int at = 0;
                for (Change change : group) {
                    Row row = change.row();
                    List<String> phones = row.phones() == null ? List.of() : row.phones();
                    insert.setLong(at + 1, residentIds.get(change));
                    insert.setLong(at + 2, pass.siteId);
                    insert.setString(at + 3, row.name());
                    insert.setString(at + 4, row.kind().name());
                    insert.setArray(at + 5, connection.createArrayOf("text", phones.toArray()));
                    insert.setString(at + 6, emptyToNull(row.email()));
                    insert.setString(at + 7, row.language() == null ? Languages.TRADITIONAL : row.language());
                    consent(insert, at + 8, Boolean.TRUE.equals(row.consentSms()), row, pass);
                    consent(insert, at + 11, Boolean.TRUE.equals(row.consentEmail()), row, pass);
                    insert.setString(at + 14, row.nameKey());
                    insert.setArray(at + 15, connection.createArrayOf("text", Resident.searchTerms(row.name(),
                            phones)));
                    insert.setTimestamp(at + 16, Timestamp.from(pass.now));
                    at += 16;
                }
                insert.executeUpdate();
            }
        }
        List<Change> updates = changes.stream().filter(c -> c.existing() != null).toList();
        if (!updates.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement("""
                    update resident set kind = ?, phones = ?, email = ?, preferred_language = ?,
                           consent_sms = ?, consent_sms_at = case when ? then ? else consent_sms_at end,
                           consent_sms_how = case when ? then ? else consent_sms_how end,
                           consent_email = ?, consent_email_at = case when ? then ? else consent_email_at end,
                           consent_email_how = case when ? then ? else consent_email_how end,
                           search_terms = ?, version = version + 1
                     where id = ? and site_id = ?
                    """)) {
                for (Change change : updates) {
                    Row row = change.row();
                    Existing old = change.existing();
                    List<String> phones = row.phones() == null ? old.phones() : row.phones();
                    update.setString(1, row.kind().name());
                    update.setArray(2, connection.createArrayOf("text", phones.toArray()));
                    update.setString(3, row.email() == null ? old.email() : emptyToNull(row.email()));
                    update.setString(4, row.language() == null ? old.language() : row.language());
                    boolean sms = row.consentSms() == null ? old.consentSms() : row.consentSms();
                    boolean smsChanged = sms != old.consentSms();
                    update.setBoolean(5, sms);
                    decision(update, 6, smsChanged, row, pass);
                    boolean email = row.consentEmail() == null ? old.consentEmail() : row.consentEmail();
                    boolean emailChanged = email != old.consentEmail();
                    update.setBoolean(10, email);
                    decision(update, 11, emailChanged, row, pass);
                    update.setArray(15, connection.createArrayOf("text", Resident.searchTerms(old.name(), phones)));
                    update.setLong(16, old.id());
                    update.setLong(17, pass.siteId);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        List<MoveIn> moveIns = new ArrayList<>();
        List<ImportSql.AuditEvent> events = new ArrayList<>(changes.size());
        for (Change change : changes) {
            long residentId = change.existing() == null ? residentIds.get(change) : change.existing().id();
            for (Long unitId : change.newUnitIds()) {
                moveIns.add(new MoveIn(residentId, unitId, change.row().movedIn()));
            }
            events.add(new ImportSql.AuditEvent(residentId, String.join("; ", change.changes())));
        }
        for (List<MoveIn> group : ImportSql.perStatement(moveIns, 3)) {
            try (PreparedStatement moveIn = connection.prepareStatement(ImportSql.insertRows("resident_unit",
                    "resident_id, unit_id, moved_in", 3, group.size()))) {
                int at = 0;
                for (MoveIn move : group) {
                    moveIn.setLong(at + 1, move.residentId());
                    moveIn.setLong(at + 2, move.unitId());
                    moveIn.setObject(at + 3, move.movedIn(), Types.DATE);
                    at += 3;
                }
                moveIn.executeUpdate();
            }
        }
        ImportSql.audit(connection, pass, AuditAction.IMPORT_RESIDENT, events);
    }

    /** consent, its time and its method for a new resident: recorded only when given. */
    private static void consent(PreparedStatement insert, int index, boolean given, Row row, Pass pass)
            throws SQLException {
        insert.setBoolean(index, given);
        if (given) {
            insert.setTimestamp(index + 1, Timestamp.from(row.consentAt() == null ? pass.now : row.consentAt()));
            insert.setString(index + 2, (row.consentHow() == null ? ConsentMethod.EARLIER_RECORDS : row.consentHow())
                    .name());
        } else {
            insert.setNull(index + 1, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setNull(index + 2, Types.VARCHAR);
        }
    }

    /** The when and how of a changed decision (the four parameters of the two case expressions). */
    private static void decision(PreparedStatement update, int index, boolean changed, Row row, Pass pass)
            throws SQLException {
        update.setBoolean(index, changed);
        update.setTimestamp(index + 1, Timestamp.from(row.consentAt() == null ? pass.now : row.consentAt()));
        update.setBoolean(index + 2, changed);
        update.setString(index + 3, (row.consentHow() == null ? ConsentMethod.EARLIER_RECORDS : row.consentHow())
                .name());
    }
}
