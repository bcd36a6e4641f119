package steward.security;

/**
 * The roles an administrator gives a staff account, as the API names them (the names of {@link Roles}, which
 * every endpoint's {@code @RolesAllowed} uses).
 */
public enum StaffRole {
    desk, service, cashier, supervisor, admin
}
