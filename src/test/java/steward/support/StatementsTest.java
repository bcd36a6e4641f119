package steward.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class StatementsTest {

    @Inject
    DataSource database;

    @Test
    void countsWhatTheWorkSendsAndNothingOfItsOwn() {
        assertEquals(3, Statements.of(database, 2, () -> {
            try (var connection = database.getConnection(); var sql = connection.createStatement()) {
                sql.executeQuery("select 1").close();
                sql.executeQuery("select 2").close();
                sql.executeQuery("select count(*) from site").close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertEquals(0, Statements.of(database, 1, () -> { }));
    }
}
