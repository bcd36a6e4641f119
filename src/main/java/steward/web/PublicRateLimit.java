package steward.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Requests to a page anyone may open (no sign-in), counted per client address and window in PostgreSQL, so that
 * every replica counts in the same row (one atomic upsert per request, in a transaction of its own: a refused
 * or failed request still counts). The client address is the one Vert.x gives, which follows
 * {@code X-Forwarded-For} only from the trusted proxies.
 */
@ApplicationScoped
public class PublicRateLimit {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Counts one request of a bucket (e.g. {@code survey:203.0.113.9}) in the current window.
     *
     * @return when the bucket may ask again if this request is one too many, else null
     */
    public Instant tooMany(String bucket, int limit, Duration window) {
        Instant now = clock.instant();
        long size = window.toMillis();
        Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
        int requests = QuarkusTransaction.requiringNew().call(() -> {
            // Old windows are of no use: they go with the requests that come after them.
            em.createNativeQuery("delete from public_request_count where window_start < ?1")
                    .setParameter(1, start.minus(Duration.ofDays(1))).executeUpdate();
            return ((Number) em.createNativeQuery("""
                    insert into public_request_count (bucket, window_start, requests) values (?1, ?2, 1)
                    on conflict (bucket, window_start) do update set requests = public_request_count.requests + 1
                    returning requests""").setParameter(1, bucket).setParameter(2, start).getSingleResult()).intValue();
        });
        return requests > limit ? start.plus(window) : null;
    }
}
