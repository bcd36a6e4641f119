package steward.security;

/** The staff roles. Every endpoint names the roles it admits; everything else is denied. */
public final class Roles {

    public static final String DESK = "desk";
    public static final String SERVICE = "service";
    public static final String CASHIER = "cashier";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";

    public static final String[] ALL = { DESK, SERVICE, CASHIER, SUPERVISOR, ADMIN };

    /** Not a person: the site's phone system, signed in by its token on its events route only. */
    public static final String PHONE_SYSTEM = "phone-system";

    private Roles() {
    }
}
