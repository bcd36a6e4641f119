package steward.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Sites and staff written straight into the company's database, as provisioning would, for the tests that run the
 * packaged application (they share no code with it, so they cannot use its entities).
 */
public final class SeedRows {

    private SeedRows() {
    }

    /** A site in Taipei, paid in TWD, of 好管家物業. */
    public static long site(Connection db, String code, String name) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into site (code, name, time_zone, currency, "
                + "company_name) values (?, ?, 'Asia/Taipei', 'TWD', '好管家物業') returning id")) {
            insert.setString(1, code);
            insert.setString(2, name);
            ResultSet rs = insert.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A staff account of the site, with an address at it.invalid: a local account with the password hash given, or
     * without one an account that signs in through the company's identity provider (a local account must have a
     * password).
     */
    public static void staff(Connection db, long site, String username, String role, String passwordHash)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into account (username, display_name, roles, "
                + "email, password_hash, sign_in) values (?, ?, ?, ?, ?, ?) returning id")) {
            insert.setString(1, username);
            insert.setString(2, username);
            insert.setString(3, role);
            insert.setString(4, username + "@it.invalid");
            insert.setString(5, passwordHash);
            insert.setString(6, passwordHash == null ? "SINGLE_SIGN_ON" : "PASSWORD");
            ResultSet rs = insert.executeQuery();
            rs.next();
            try (PreparedStatement link = db.prepareStatement("insert into account_site values (?, ?)")) {
                link.setLong(1, rs.getLong(1));
                link.setLong(2, site);
                link.executeUpdate();
            }
        }
    }
}
