package steward.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import steward.security.StaffContext;

/**
 * Imports of the caller's sites: receiving a file (checked in the background, or checked and written at once for
 * the API), confirming a checked one, and what an import found. Staff see only their own sites' imports: any other
 * is "not found".
 */
@ApplicationScoped
public class ImportService {

    /** The refusals an import's report lists; the count is of all of them. */
    static final int LISTED = Pass.KEPT;
    private static final int RECENT = 20;

    @Inject
    StaffContext staff;

    @Inject
    ImportFiles files;

    @Inject
    ImportRunner runner;

    @Inject
    ImportWorkers workers;

    @Inject
    ImportsConfig config;

    @Inject
    Clock clock;

    /** What was uploaded, and how: checked only (a dry run), or checked and, when every row passes, written. */
    public record Upload(Long siteId, ImportKind kind, FileFormat format, String fileName, String idempotencyKey,
            boolean createBuildings, boolean write) {
    }

    /** An import as the page and the API show it: data, said in the reader's language by the caller. */
    public record View(Long id, Long siteId, ImportKind kind, FileFormat format, String fileName, String encoding,
            ImportState state, boolean writeWhenClean, Integer rowsTotal, int rowsChecked, int rowsAccepted,
            int rowsRefused, int rowsWritten, int created, int updated, int unchanged, List<String> ignoredColumns,
            List<Refusal> refusals, int refusalCount, String requestedBy, Instant createdAt, Duration timeLeft) {

        public boolean running() {
            return state.running();
        }

        public String ignoredColumnsText() {
            return String.join(", ", ignoredColumns);
        }

        /** Confirmable: checked, with rows that all passed. */
        public boolean confirmable() {
            return state == ImportState.CHECKED && rowsRefused == 0 && rowsAccepted > 0 && refusals.isEmpty();
        }
    }

    /** The file was larger than the configured limit. */
    public static final class TooLarge extends RuntimeException {
        public final long limit;

        TooLarge(long limit) {
            super("over " + limit + " bytes", null, false, false);
            this.limit = limit;
        }
    }

    /**
     * Keeps the uploaded file as a new import of one of the caller's sites, or finds the import the same idempotency
     * key made before (a double tap, a retry): the second upload is not read at all. Returns the import's id.
     */
    public long receive(Upload upload, InputStream body) {
        site(upload.siteId());
        String key = upload.idempotencyKey() == null || upload.idempotencyKey().isBlank()
                ? UUID.randomUUID().toString() : upload.idempotencyKey().strip();
        long limit = config.maxFileSize().asLongValue();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                var em = Panache.getEntityManager();
                List<?> inserted = em.createNativeQuery("""
                        insert into import_job (site_id, kind, format, file_name, file_size, idempotency_key, state,
                                                write_when_clean, create_buildings, requested_by, confirmed_by,
                                                created_at)
                        values (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                        on conflict (site_id, idempotency_key) do nothing
                        returning id
                        """).setParameter(1, upload.siteId()).setParameter(2, upload.kind().name())
                        .setParameter(3, upload.format().name()).setParameter(4, fileName(upload.fileName()))
                        .setParameter(5, key.length() > 100 ? key.substring(0, 100) : key)
                        .setParameter(6, (upload.write() ? ImportState.WRITING : ImportState.CHECKING).name())
                        .setParameter(7, upload.write()).setParameter(8, upload.createBuildings())
                        .setParameter(9, staff.username()).setParameter(10, upload.write() ? staff.username() : null)
                        .setParameter(11, clock.instant()).getResultList();
                if (inserted.isEmpty()) {
                    return ((Number) em.createNativeQuery(
                            "select id from import_job where site_id = ?1 and idempotency_key = ?2")
                            .setParameter(1, upload.siteId()).setParameter(2, key).getSingleResult()).longValue();
                }
                long id = ((Number) inserted.get(0)).longValue();
                long size = files.store(id, body, limit);
                em.createNativeQuery("update import_job set file_size = ?1 where id = ?2").setParameter(1, size)
                        .setParameter(2, id).executeUpdate();
                return id;
            });
        } catch (ImportFiles.TooLarge e) {
            throw new TooLarge(limit);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ImportFiles.TooLarge) {
                throw new TooLarge(limit);
            }
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }

    /** Checks (and writes, for an upload that asked to) in the caller's thread: the API's synchronous answer. */
    public View runNow(long jobId) {
        UUID token = UUID.randomUUID();
        if (runner.claim(jobId, token)) {
            runner.run(jobId, token);
        }
        return view(jobId);
    }

    /** Checks the file in the background; the page shows the progress. */
    public void runInBackground(long jobId) {
        workers.submit(jobId);
    }

    /**
     * Confirms a checked import that every row passed: it is written (in the background), once however often the
     * button is tapped, as only one confirmation can move it from checked to writing. False when it was not there
     * to confirm (already confirmed, running, done, or with refused rows).
     */
    public boolean confirm(long jobId) {
        View view = view(jobId);
        boolean confirmed = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery("""
                update import_job set state = 'WRITING', confirmed_by = ?1, run_token = null, heartbeat_at = null,
                       rows_written = 0
                 where id = ?2 and state = 'CHECKED' and rows_refused = 0 and rows_accepted > 0
                   and not exists (select 1 from import_refusal r where r.job_id = import_job.id)
                """).setParameter(1, staff.username()).setParameter(2, view.id()).executeUpdate() == 1);
        if (confirmed) {
            workers.submit(view.id());
        }
        return confirmed;
    }

    /** One import of the caller's sites, with the first refusals. */
    public View view(long jobId) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId));
        if (job == null) {
            throw new NotFoundException();
        }
        return view(job, QuarkusTransaction.requiringNew().call(() -> refusals(jobId)), job.refusalCount);
    }

    /** The site's latest imports, newest first (without their refusals). */
    public List<View> recent(Long siteId) {
        site(siteId);
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>find(
                "siteId = ?1 order by createdAt desc, id desc", siteId).page(0, RECENT).list())
                .stream().map(job -> view(job, List.of(), job.refusalCount)).toList();
    }

    /** The site, if the caller works for it; any other is "not found". */
    public void site(Long siteId) {
        if (!staff.worksFor(siteId)) {
            throw new NotFoundException();
        }
    }

    public long maxFileSize() {
        return config.maxFileSize().asLongValue();
    }

    private View view(ImportJob job, List<Refusal> refusals, int refusalCount) {
        List<String> ignored = job.ignoredColumns == null ? List.of()
                : Arrays.stream(job.ignoredColumns.split(", ")).toList();
        return new View(job.id, job.siteId, job.kind, job.format, job.fileName, job.encoding, job.state,
                job.writeWhenClean, job.rowsTotal, job.rowsChecked, job.rowsAccepted, job.rowsRefused, job.rowsWritten,
                job.created, job.updated, job.unchanged, ignored, refusals, refusalCount, job.requestedBy,
                job.createdAt, timeLeft(job));
    }

    /** From the pace so far: the phase's elapsed time times the rows to go over the rows done. */
    private Duration timeLeft(ImportJob job) {
        int done = job.state == ImportState.WRITING ? job.rowsWritten : job.rowsChecked;
        if (!job.state.running() || job.phaseStartedAt == null || job.rowsTotal == null || done <= 0) {
            return null;
        }
        long elapsed = Duration.between(job.phaseStartedAt, clock.instant()).toMillis();
        return Duration.ofMillis(Math.max(0, elapsed * (job.rowsTotal - done) / done));
    }

    private static List<Refusal> refusals(long jobId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select line, column_name, reason, argument from import_refusal where job_id = ?1 order by line, id
                """).setParameter(1, jobId).setMaxResults(LISTED).getResultList();
        return rows.stream().map(r -> new Refusal(((Number) r[0]).intValue(),
                r[1] == null ? null : ImportColumn.valueOf((String) r[1]), ImportReason.valueOf((String) r[2]),
                (String) r[3])).toList();
    }

    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 255 ? base.substring(0, 255) : base;
    }
}
