package steward.security;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A single sign-on user's token under the name of their Steward account: {@link #getName()} is the account's
 * username (which may differ from the token's own name, see {@link AccountProvisioning}); every claim is the
 * token's.
 */
public final class StaffToken implements JsonWebToken {

    private final JsonWebToken token;
    private final String username;

    StaffToken(JsonWebToken token, String username) {
        this.token = token;
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Set<String> getClaimNames() {
        return token.getClaimNames();
    }

    @Override
    public <T> T getClaim(String claimName) {
        return token.getClaim(claimName);
    }
}
