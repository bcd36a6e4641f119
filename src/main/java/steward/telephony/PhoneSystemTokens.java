package steward.telephony;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.resident.Site;
import steward.security.StaffContext;

/**
 * The token a site's phone system signs in with on its events route: 256 random bits, shown once when issued and
 * kept only as its SHA-256, so that a copy of the database cannot post calls. A new token replaces the old one
 * at once (the old one stops working).
 */
@ApplicationScoped
public class PhoneSystemTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    /** A token just issued, with where the phone system posts its events. */
    public record Issued(String token, String siteCode, String eventsPath) {
    }

    /** A site that a token signs in to. */
    record Holder(Long siteId, String siteCode) {
    }

    /** Issues a new token for a site of the caller's (another site: 404), replacing the site's old one. */
    @Transactional
    public Issued issue(Long siteId) {
        Site site = siteId == null || !staff.worksFor(siteId) ? null : Site.findById(siteId);
        if (site == null) {
            throw new NotFoundException();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("""
                insert into telephony_token (site_id, token_hash, created_at, created_by) values (?1, ?2, ?3, ?4)
                on conflict (site_id) do update
                   set token_hash = excluded.token_hash, created_at = excluded.created_at,
                       created_by = excluded.created_by""")
                .setParameter(1, site.id).setParameter(2, hash(token)).setParameter(3, clock.instant())
                .setParameter(4, staff.username()).executeUpdate();
        return new Issued(token, site.code, "/api/v1/telephony/" + site.code + "/events");
    }

    /** The site a token signs in to, if any. */
    @Transactional
    Optional<Holder> holderOf(String token) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, s.code from telephony_token t join site s on s.id = t.site_id where t.token_hash = ?1""")
                .setParameter(1, hash(token)).getResultList();
        return rows.stream().findFirst().map(r -> new Holder(((Number) r[0]).longValue(), (String) r[1]));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
