package steward.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The rules of one kind of import. A batch of rows (a few hundred) is checked together, with one look-up of the
 * database for all of them; when the pass writes, the rows that passed are written in batches too. Everything runs
 * on the transaction's own connection: the write of a whole file is one transaction.
 */
interface RowHandler {

    ImportKind kind();

    void handle(List<RowValues> rows, Pass pass, Connection connection) throws SQLException;

    /** After the last batch of a pass that wrote (the opening balances refresh the site's arrears). */
    default void finish(Pass pass, Connection connection) throws SQLException {
    }
}
