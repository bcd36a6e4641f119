package steward.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.resident.ConsentMethod;
import steward.resident.Phones;
import steward.resident.ResidentKind;
import steward.resident.Site;
import steward.resident.UnitKind;
import steward.security.AuditAction;
import steward.security.AuditTrail;
import steward.security.StaffContext;

/**
 * Exports of a site's units and residents, in the columns and words of the import templates, so that an export,
 * edited or not, imports again changing only what was edited. Rows are read with a database cursor and written as
 * they come: a site of 100,000 units is never held in memory. Every export is in the audit trail (the residents'
 * file holds their whole phone numbers).
 */
@ApplicationScoped
public class ExportService {

    private static final int FETCH = 1000;

    @Inject
    StaffContext staff;

    @Inject
    AuditTrail audit;

    @Inject
    ImportText text;

    @Inject
    ImportTemplates templates;

    @Inject
    EntityManager entityManager;

    /** Records the export of one of the caller's sites (404 for any other) before its rows are written. */
    public void record(Long siteId, ImportKind kind, FileFormat format) {
        if (!staff.worksFor(siteId)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.EXPORT_SITE_DATA, siteId, null,
                kind.path + " " + format.extension));
    }

    /** Writes the export: the headings, then a row per open unit, or per resident living in the site. */
    public void write(Long siteId, ImportKind kind, FileFormat format, String lang, OutputStream out) {
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            Site site = Site.findById(siteId);
            try (TableWriter writer = TableWriter.of(format, out, text.messages(lang).kind(kind))) {
                writer.row(templates.headings(kind, lang));
                entityManager.unwrap(Session.class).doWork(connection -> {
                    try {
                        if (kind == ImportKind.UNITS) {
                            units(connection, siteId, lang, writer);
                        } else {
                            residents(connection, site, lang, writer);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void units(Connection connection, Long siteId, String lang, TableWriter writer)
            throws SQLException, IOException {
        try (PreparedStatement select = connection.prepareStatement("""
                select b.name, u.label, u.floor, u.area_m2, u.kind
                  from unit u join building b on b.id = u.building_id
                 where u.site_id = ? and u.closed_at is null and b.closed_at is null
                 order by b.name, u.label_key
                """)) {
            select.setFetchSize(FETCH);
            select.setLong(1, siteId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Integer floor = (Integer) rs.getObject(3);
                    writer.row(List.of(rs.getString(1), rs.getString(2), floor(floor),
                            rs.getBigDecimal(4) == null ? "" : rs.getBigDecimal(4).stripTrailingZeros().toPlainString(),
                            text.label(UnitKind.valueOf(rs.getString(5)), lang)));
                }
            }
        }
    }

    private void residents(Connection connection, Site site, String lang, TableWriter writer)
            throws SQLException, IOException {
        ZoneId zone = site.zone();
        String separator = "; ";
        try (PreparedStatement select = connection.prepareStatement("""
                select r.name, r.kind, string_agg(u.label, '; ' order by u.label_key), r.phones, r.email,
                       r.preferred_language, r.consent_sms, r.consent_email,
                       case when coalesce(r.consent_sms_at, '-infinity') >= coalesce(r.consent_email_at, '-infinity')
                            then r.consent_sms_at else r.consent_email_at end,
                       case when coalesce(r.consent_sms_at, '-infinity') >= coalesce(r.consent_email_at, '-infinity')
                            then r.consent_sms_how else r.consent_email_how end,
                       min(ru.moved_in)
                  from resident r
                  join resident_unit ru on ru.resident_id = r.id and ru.moved_out is null
                  join unit u on u.id = ru.unit_id
                 where r.site_id = ? and r.moved_out is null and r.erased_at is null
                 group by r.id
                 order by min(u.label_key), r.name, r.id
                """)) {
            select.setFetchSize(FETCH);
            select.setLong(1, site.id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    List<String> phones = Arrays.stream((String[]) rs.getArray(4).getArray())
                            .map(p -> phone(p, site.phoneRegion)).toList();
                    Timestamp consentAt = rs.getTimestamp(9);
                    String how = rs.getString(10);
                    LocalDate movedIn = rs.getObject(11, LocalDate.class);
                    List<String> row = new ArrayList<>();
                    row.add(rs.getString(1));
                    row.add(text.label(ResidentKind.valueOf(rs.getString(2)), lang));
                    row.add(rs.getString(3));
                    row.add(phones.stream().collect(Collectors.joining(separator)));
                    row.add(rs.getString(5) == null ? "" : rs.getString(5));
                    row.add(text.languageName(rs.getString(6), lang));
                    row.add(rs.getBoolean(7) ? text.yes(lang) : text.no(lang));
                    row.add(rs.getBoolean(8) ? text.yes(lang) : text.no(lang));
                    row.add(consentAt == null ? "" : LocalDate.ofInstant(consentAt.toInstant(), zone).toString());
                    row.add(how == null ? "" : text.label(ConsentMethod.valueOf(how), lang));
                    row.add(movedIn == null ? "" : movedIn.toString());
                    writer.row(row);
                }
            }
        }
    }

    /** A floor as people write it: 12, or B1 for the first basement. */
    static String floor(Integer floor) {
        if (floor == null) {
            return "";
        }
        return floor < 0 ? "B" + (-floor) : floor.toString();
    }

    /**
     * A phone as the company writes it: the national form when it is of the site's own region (0912345678, which the
     * import reads back as the same number), else the international one (+85291234567).
     */
    static String phone(String e164, String region) {
        String national = Phones.national(e164);
        return Phones.normalise(national, region).filter(e164::equals).isPresent() ? national : e164;
    }
}
