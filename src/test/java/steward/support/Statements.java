package steward.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.List;

import javax.sql.DataSource;

/**
 * How many SQL statements some work sends to PostgreSQL, counted by the database itself ({@code pg_stat_statements},
 * which the embedded test database loads; {@code BEGIN} and {@code COMMIT} are not counted). Everything the
 * application sends counts, through Hibernate or plain JDBC alike. The test's own statements around the work are
 * left out; the jobs are off in tests, so what is counted is the work's.
 */
public final class Statements {

    private Statements() {
    }

    /** The statements {@code work} sent, the least of {@code rounds} runs (a stray job's statement aside). */
    public static long of(DataSource database, int rounds, Runnable work) {
        return naming(database, rounds, null, work);
    }

    /**
     * The statements {@code work} sent that name one of {@code tables} (as a whole word: {@code account} is not
     * {@code account_id}), the least of {@code rounds} runs.
     */
    public static long naming(DataSource database, int rounds, List<String> tables, Runnable work) {
        long least = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            reset(database);
            work.run();
            least = Math.min(least, counted(database, tables));
        }
        return least;
    }

    private static void reset(DataSource database) {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements");
            sql.execute("select pg_stat_statements_reset()");
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements is not loaded in the test database", e);
        }
    }

    private static long counted(DataSource database, List<String> tables) {
        try (Connection connection = database.getConnection(); PreparedStatement sql = connection.prepareStatement("""
                        select coalesce(sum(calls), 0) from pg_stat_statements
                         where dbid = (select oid from pg_database where datname = current_database())
                           and query not like '%pg_stat_statements%'
                           and query not like 'create extension%'
                           and (?::text is null or query ~* ?)""")) {
            String named = tables == null ? null : "\\m(" + String.join("|", tables) + ")\\M";
            sql.setString(1, named);
            sql.setString(2, named);
            ResultSet calls = sql.executeQuery();
            calls.next();
            return calls.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
