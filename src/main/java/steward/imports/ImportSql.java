package steward.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import steward.security.AuditAction;

/** The statements several kinds of import share: ids taken ahead of a batch insert, and audit events in batches. */
final class ImportSql {

    private ImportSql() {
    }

    /** {@code count} new ids of a table's identity column, so that rows inserted in one batch can refer to each other. */
    static List<Long> nextIds(Connection connection, String table, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        if (count == 0) {
            return ids;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
            select.setString(1, table);
            select.setInt(2, count);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** An insert into the audit trail, for {@link #addAudit}: the same columns steward.security.AuditTrail writes. */
    static PreparedStatement auditStatement(Connection connection) throws SQLException {
        return connection.prepareStatement("""
                insert into audit_event (occurred_at, actor, site_id, resident_id, action, reason, detail)
                values (?, ?, ?, ?, ?, ?, ?)
                """);
    }

    /** One event of the pass's import, by the person who asked for it, naming the import. */
    static void addAudit(PreparedStatement audit, Pass pass, AuditAction action, Long residentId, String detail)
            throws SQLException {
        audit.setTimestamp(1, Timestamp.from(pass.now));
        audit.setString(2, pass.actor);
        audit.setLong(3, pass.siteId);
        audit.setObject(4, residentId);
        audit.setString(5, action.name());
        audit.setString(6, "import " + pass.jobId);
        audit.setString(7, detail);
        audit.addBatch();
    }
}
