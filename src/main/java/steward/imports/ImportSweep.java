package steward.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Imports no replica works on any more: one checked or written by a replica that stopped (its heartbeat is older
 * than the lease) is claimed by another and run again from its file (a write that never committed left nothing);
 * the file of an import checked but never confirmed is deleted after the keeping period.
 */
@ApplicationScoped
public class ImportSweep {

    private static final Logger LOG = Logger.getLogger(ImportSweep.class);

    @Inject
    ImportRunner runner;

    @Inject
    ImportsConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Claims and runs the oldest import whose replica stopped; returns its id, or null when there is none. */
    public Long takeOverStopped() {
        Instant stale = clock.instant().minus(config.lease());
        @SuppressWarnings("unchecked")
        List<Number> ids = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select id from import_job
                 where state in ('CHECKING', 'WRITING') and coalesce(heartbeat_at, created_at) < ?1
                 order by id limit 5
                """).setParameter(1, stale).getResultList());
        for (Number id : ids) {
            UUID token = UUID.randomUUID();
            if (runner.claim(id.longValue(), token)) {
                LOG.infof("Taking over import %d", id.longValue());
                runner.run(id.longValue(), token);
                return id.longValue();
            }
        }
        return null;
    }

    /** Deletes the files of imports left unconfirmed past the keeping period; returns how many. */
    public int expireFiles() {
        Instant before = clock.instant().minus(config.keepFiles());
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = entityManager.createNativeQuery("""
                    update import_job set state = 'EXPIRED'
                     where state = 'CHECKED' and created_at < ?1
                    returning id
                    """).setParameter(1, before).getResultList();
            if (!ids.isEmpty()) {
                entityManager.createNativeQuery("delete from import_chunk where job_id = any (?1)")
                        .setParameter(1, ids.stream().map(Number::longValue).toArray(Long[]::new)).executeUpdate();
            }
            return ids.size();
        });
    }
}
