package steward.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

/** Which failures mean "the database cannot be reached" (503) and which remain faults (500). */
class DatabaseUnavailableTest {

    @Test
    void aLostConnectionIsRecognisedHoweverItIsWrapped() {
        assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("Connection to localhost:5432 refused", "08001")));
        assertTrue(DatabaseUnavailable.isCauseOf(new PersistenceException("could not execute statement",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.isCauseOf(new IllegalStateException(
                new SQLException("FATAL: the database system is starting up", "57P03"))));
        assertTrue(DatabaseUnavailable.isCauseOf(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))), "the pool gave up");
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(DatabaseUnavailable.isCauseOf(new RuntimeException(commit)), "a commit on a lost connection");
    }

    @Test
    void otherFailuresAreNotTheDatabasesOutage() {
        assertFalse(DatabaseUnavailable.isCauseOf(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseUnavailable.isCauseOf(new SQLException("canceling statement due to statement timeout",
                "57014")));
        assertFalse(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.isCauseOf(null));
    }
}
