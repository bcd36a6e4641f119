package steward.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import steward.security.AuditAction;

/**
 * The statements several kinds of import share: ids taken ahead of an insert, rows inserted many to a statement, and
 * audit events.
 */
final class ImportSql {

    /** The most parameters the PostgreSQL driver binds to one statement. */
    private static final int MAX_PARAMETERS = Short.MAX_VALUE;

    private ImportSql() {
    }

    /** {@code count} new ids of a table's identity column, so that rows inserted in one batch can refer to each other. */
    static List<Long> nextIds(Connection connection, String table, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        if (count == 0) {
            return ids;
        }
        // The sequence is looked up once (an init plan), not once per id.
        try (PreparedStatement select = connection.prepareStatement(
                "select nextval((select pg_get_serial_sequence(?, 'id')::regclass)) from generate_series(1, ?)")) {
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

    /** An event of the audit trail an import writes: about a resident, or (null) about the import as a whole. */
    record AuditEvent(Long residentId, String detail) {
    }

    private static final String AUDIT_COLUMNS = "occurred_at, actor, site_id, resident_id, action, reason, detail";

    /**
     * Events of the pass's import, by the person who asked for it, naming the import: the same columns
     * steward.security.AuditTrail writes, a few hundred rows to a statement.
     */
    static void audit(Connection connection, Pass pass, AuditAction action, List<AuditEvent> events)
            throws SQLException {
        for (List<AuditEvent> group : perStatement(events, 7)) {
            try (PreparedStatement insert = connection.prepareStatement(insertRows("audit_event", AUDIT_COLUMNS, 7,
                    group.size()))) {
                int at = 0;
                for (AuditEvent event : group) {
                    insert.setTimestamp(at + 1, Timestamp.from(pass.now));
                    insert.setString(at + 2, pass.actor);
                    insert.setLong(at + 3, pass.siteId);
                    insert.setObject(at + 4, event.residentId(), Types.BIGINT);
                    insert.setString(at + 5, action.name());
                    insert.setString(at + 6, "import " + pass.jobId);
                    insert.setString(at + 7, event.detail());
                    at += 7;
                }
                insert.executeUpdate();
            }
        }
    }

    /**
     * {@code insert into table (columns) values (?, ...), (?, ...), ...} for {@code rows} rows of {@code count}
     * columns. A file's rows are written a few hundred to a statement: PostgreSQL then plans, executes and checks
     * once per statement what a JDBC batch (one execution per row) did once per row, which was most of the time
     * an import of a few hundred thousand rows took.
     */
    static String insertRows(String table, String columns, int count, int rows) {
        String row = "(" + "?, ".repeat(count - 1) + "?)";
        StringBuilder sql = new StringBuilder(32 + columns.length() + rows * (row.length() + 2));
        sql.append("insert into ").append(table).append(" (").append(columns).append(") values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    /** The rows in groups that one statement of {@link #insertRows} can take (at most 32,767 parameters). */
    static <T> List<List<T>> perStatement(List<T> rows, int columns) {
        int size = MAX_PARAMETERS / columns;
        List<List<T>> groups = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += size) {
            groups.add(rows.subList(from, Math.min(rows.size(), from + size)));
        }
        return groups;
    }
}
