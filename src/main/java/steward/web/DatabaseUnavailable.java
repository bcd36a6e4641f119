package steward.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, failing over, the network gone) from a fault in
 * Steward. The first is answered 503 and says "try again in a moment"; the second stays a 500 with its stack
 * trace in the log. The failure arrives wrapped differently depending on where it struck (the connection pool,
 * Hibernate, the transaction manager, the security layer), so the whole chain of causes is examined.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is told to wait before retrying: about how long a PostgreSQL restart or failover takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable failure) {
        return search(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Causes and suppressed exceptions both: a commit that fails on a lost connection arrives as the transaction
     * manager's RollbackException, with the driver's exception among its suppressed ones.
     */
    private static boolean search(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof JDBCConnectionException || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException || failure instanceof SQLRecoverableException) {
            return true;
        }
        if (failure instanceof SQLException sql && (lostConnection(sql.getSQLState()) || poolTimedOut(sql))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(failure.getCause(), seen);
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, broken, I/O error) and the operator-intervention states
     * PostgreSQL sends while it stops or starts: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot
     * connect now ("the database system is starting up").
     */
    private static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }

    /**
     * The pool (Agroal) found no connection within the acquisition timeout: every connection busy or none could be
     * opened. Agroal marks it only by its message.
     */
    private static boolean poolTimedOut(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
    }
}
