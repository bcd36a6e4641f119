package steward.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.resident.Site;
import steward.security.AuditAction;

/**
 * Checks and writes an import's file. Checking reads every row in batches, each batch looked up in its own short
 * read transaction, and stores the refusals: nothing of the site is written. Writing reads the file again and
 * checks and writes every row in one transaction: if any row is refused now (the site changed since the check),
 * the transaction is rolled back and the new refusals are the report. Progress (rows checked or written, the time
 * the phase started) is written in transactions of its own, so that the page shows it while the work goes on, and
 * doubles as the run's heartbeat: every update names the run's token, and a run whose token was taken over (its
 * replica seemed dead) stops without committing anything.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    static final int BATCH = 500;
    private static final int MAX_CELL = 500;
    private static final long PROGRESS_EVERY_MS = 500;
    private static final int WRITE_TIMEOUT_SECONDS = 3600;

    @Inject
    ImportFiles files;

    @Inject
    ImportText text;

    @Inject
    ImportTemplates templates;

    @Inject
    ImportsConfig config;

    @Inject
    Instance<RowHandler> handlers;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Takes the job for this run when nobody works on it (or its worker stopped reporting); false if taken. */
    public boolean claim(long jobId, UUID token) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                update import_job set run_token = ?1, heartbeat_at = ?2
                 where id = ?3 and state in ('CHECKING', 'WRITING') and (heartbeat_at is null or heartbeat_at < ?4)
                """).setParameter(1, token).setParameter(2, now).setParameter(3, jobId)
                .setParameter(4, now.minus(config.lease())).executeUpdate()) == 1;
    }

    /** Checks, or writes, the job's file, as its state says; the caller has claimed it with {@code token}. */
    public void run(long jobId, UUID token) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId));
        if (job == null || !token.equals(job.runToken) || !job.state.running()) {
            return;
        }
        Path file = null;
        try {
            file = files.spool(jobId);
            Site site = QuarkusTransaction.requiringNew().call(() -> Site.<Site>findById(job.siteId));
            Opened opened = open(file, job);
            phase(job, token, opened.csv() == null ? null : opened.csv().label, opened.rows());
            if (job.state == ImportState.CHECKING) {
                Pass pass = read(job, token, site, file, opened.csv(), false);
                finishCheck(job, token, pass);
            } else {
                write(job, token, site, file, opened.csv());
            }
        } catch (FileRefused e) {
            refuseFile(job, token, e.refusals);
        } catch (Superseded e) {
            LOG.infof("Import %d was taken over by another run", jobId);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Import %d could not be run", jobId);
            refuseFile(job, token, List.of(new Refusal(0, null, ImportReason.UNEXPECTED, null)));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warnf("Could not delete %s", file);
                }
            }
        }
    }

    /**
     * The table's encoding (CSV; null for XLSX) and its number of rows with anything in them, read once before the
     * work (finding the encoding reads the whole file).
     */
    private record Opened(CsvEncoding csv, int rows) {
    }

    private Opened open(Path file, ImportJob job) throws IOException, FileRefused {
        CsvEncoding csv = null;
        if (job.format == FileFormat.CSV) {
            csv = CsvEncoding.detect(file);
            if (csv == CsvEncoding.CP950) {
                refuseSimplifiedWindowsFile(file, job.kind);
            }
        }
        int rows = 0;
        try (TableSource source = source(file, job, csv)) {
            boolean heading = true;
            for (SourceRow row; (row = source.next()) != null;) {
                if (!row.blank()) {
                    if (heading) {
                        heading = false;
                    } else {
                        rows++;
                    }
                }
            }
            if (heading) {
                throw new FileRefused(1, ImportReason.EMPTY_FILE, null);
            }
        }
        return new Opened(csv, rows);
    }

    /**
     * A file of a Windows set to simplified Chinese (GB18030, GBK) may also be valid Big5 byte by byte, and would then
     * be read as other characters: its heading tells. If the heading, read as Big5, names none of the kind's columns
     * but read as GB18030 names some, the file is refused naming GB18030.
     */
    private void refuseSimplifiedWindowsFile(Path file, ImportKind kind) throws IOException, FileRefused {
        if (recognised(file, CsvEncoding.CP950.charset, kind) == 0
                && recognised(file, Charset.forName("GB18030"), kind) > 0) {
            throw new FileRefused(1, ImportReason.ENCODING_UNKNOWN, "GB18030 (GBK)");
        }
    }

    private int recognised(Path file, Charset charset, ImportKind kind) throws IOException {
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), charset);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.EXCEL).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                SourceRow row = new SourceRow(1, cells);
                if (!row.blank()) {
                    return Heading.of(row, kind, text).recognised();
                }
            }
        } catch (java.io.UncheckedIOException e) {
            return 0;
        }
        return 0;
    }

    private TableSource source(Path file, ImportJob job, CsvEncoding csv) throws IOException, FileRefused {
        if (job.format == FileFormat.XLSX) {
            return XlsxSource.open(file, config.maxFileSize().asLongValue() * 20);
        }
        return CsvSource.open(file, csv);
    }

    /**
     * Reads every row: the heading, then batches of rows through the kind's rules. When {@code write}, the caller's
     * transaction is open and the rules write what passes.
     */
    private Pass read(ImportJob job, UUID token, Site site, Path file, CsvEncoding csv, boolean write)
            throws IOException, FileRefused {
        RowHandler handler = handler(job.kind);
        Pass pass = new Pass(job.id, job.kind, write, site.id, site.currency, site.phoneRegion, site.zone(),
                clock.instant(), write && job.confirmedBy != null ? job.confirmedBy : job.requestedBy,
                job.createBuildings, text);
        try (TableSource source = source(file, job, csv)) {
            Heading heading = null;
            List<RowValues> batch = new ArrayList<>(BATCH);
            long lastProgress = System.currentTimeMillis();
            for (SourceRow row; (row = source.next()) != null;) {
                if (row.blank()) {
                    continue;
                }
                if (heading == null) {
                    heading = Heading.of(row, job.kind, text);
                    if (!heading.problems.isEmpty()) {
                        throw new FileRefused(heading.problems);
                    }
                    ignoredColumns(job, heading.ignored);
                    continue;
                }
                pass.rows++;
                RowValues values = RowValues.of(row, heading, pass);
                checkCells(values, job.kind);
                batch.add(values);
                if (batch.size() == BATCH) {
                    handle(handler, batch, pass);
                    batch.clear();
                    if (System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MS) {
                        progress(job, token, pass);
                        lastProgress = System.currentTimeMillis();
                    }
                }
            }
            handle(handler, batch, pass);
        }
        return pass;
    }

    /** What every row of every kind is refused for: the template's example left in, a whole ID number, a novel. */
    private void checkCells(RowValues values, ImportKind kind) {
        if (templates.isExample(kind, values)) {
            values.refuse(null, ImportReason.SAMPLE_ROW);
            return;
        }
        for (Map.Entry<ImportColumn, String> cell : values.all().entrySet()) {
            if (cell.getValue().length() > MAX_CELL) {
                values.refuse(cell.getKey(), ImportReason.TOO_LONG, String.valueOf(MAX_CELL));
            } else if (IdNumbers.containsOne(cell.getValue())) {
                values.refuse(cell.getKey(), ImportReason.ID_NUMBER);
            }
        }
    }

    /** One batch through the rules, on the open transaction's connection, or in a read transaction of its own. */
    private void handle(RowHandler handler, List<RowValues> batch, Pass pass) {
        if (batch.isEmpty()) {
            return;
        }
        if (pass.write) {
            withConnection(connection -> handler.handle(batch, pass, connection));
        } else {
            QuarkusTransaction.requiringNew().run(() -> withConnection(connection -> handler.handle(batch, pass,
                    connection)));
        }
    }

    private void write(ImportJob job, UUID token, Site site, Path file, CsvEncoding csv)
            throws IOException, FileRefused {
        Pass written;
        try {
            written = QuarkusTransaction.requiringNew().timeout(WRITE_TIMEOUT_SECONDS).call(() -> {
                Pass pass = read(job, token, site, file, csv, true);
                if (pass.refusalCount > 0) {
                    throw new RefusedRows(pass);
                }
                withConnection(connection -> handler(job.kind).finish(pass, connection));
                entityManager.flush();
                withConnection(connection -> ImportSql.audit(connection, pass, AuditAction.IMPORT,
                        List.of(new ImportSql.AuditEvent(null, job.kind.path + " "
                                + (job.fileName == null ? "" : job.fileName) + ": " + pass.rows + " rows, "
                                + pass.created + " added, " + pass.updated + " changed, " + pass.unchanged
                                + " unchanged"))));
                int done = entityManager.createNativeQuery("""
                        update import_job set state = 'DONE', rows_checked = ?1, rows_accepted = ?1, rows_refused = 0,
                               rows_written = ?1, created = ?2, updated = ?3, unchanged = ?4, finished_at = ?5,
                               heartbeat_at = null
                         where id = ?6 and run_token = ?7 and state = 'WRITING'
                        """).setParameter(1, pass.rows).setParameter(2, pass.created).setParameter(3, pass.updated)
                        .setParameter(4, pass.unchanged).setParameter(5, clock.instant()).setParameter(6, job.id)
                        .setParameter(7, token).executeUpdate();
                if (done != 1) {
                    throw new Superseded();
                }
                files.delete(job.id);
                return pass;
            });
        } catch (RefusedRows e) {
            written = e.pass;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof FileRefused refused) {
                throw refused;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        if (written.refusalCount > 0) {
            finishCheck(job, token, written);
        }
    }

    /** The check's report: the counts and the refusals, in place of any earlier ones. */
    private void finishCheck(ImportJob job, UUID token, Pass pass) {
        QuarkusTransaction.requiringNew().run(() -> {
            int updated = entityManager.createNativeQuery("""
                    update import_job set state = 'CHECKED', rows_checked = ?1, rows_accepted = ?2, rows_refused = ?3,
                           created = ?4, updated = ?5, unchanged = ?6, rows_written = 0, heartbeat_at = null,
                           finished_at = ?7, refusal_count = ?10
                     where id = ?8 and run_token = ?9
                    """).setParameter(10, pass.refusalCount).setParameter(1, pass.rows).setParameter(2, pass.acceptedRows())
                    .setParameter(3, pass.refusedRows()).setParameter(4, pass.created).setParameter(5, pass.updated)
                    .setParameter(6, pass.unchanged).setParameter(7, clock.instant()).setParameter(8, job.id)
                    .setParameter(9, token).executeUpdate();
            if (updated == 1) {
                storeRefusals(job.id, pass.refusals);
            }
        });
    }

    /** The file cannot be read: the job fails with the reasons, and the file is deleted. */
    private void refuseFile(ImportJob job, UUID token, List<Refusal> refusals) {
        QuarkusTransaction.requiringNew().run(() -> {
            int updated = entityManager.createNativeQuery("""
                    update import_job set state = 'FAILED', heartbeat_at = null, finished_at = ?1, refusal_count = ?4
                     where id = ?2 and run_token = ?3
                    """).setParameter(4, refusals.size()).setParameter(1, clock.instant()).setParameter(2, job.id).setParameter(3, token)
                    .executeUpdate();
            if (updated == 1) {
                storeRefusals(job.id, refusals);
                files.delete(job.id);
            }
        });
    }

    private void storeRefusals(long jobId, List<Refusal> refusals) {
        entityManager.createNativeQuery("delete from import_refusal where job_id = ?1").setParameter(1, jobId)
                .executeUpdate();
        withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into import_refusal (job_id, line, column_name, reason, argument) values (?, ?, ?, ?, ?)")) {
                for (Refusal refusal : refusals) {
                    insert.setLong(1, jobId);
                    insert.setInt(2, refusal.line());
                    insert.setString(3, refusal.column() == null ? null : refusal.column().name());
                    insert.setString(4, refusal.reason().name());
                    String argument = refusal.argument();
                    insert.setString(5, argument == null || argument.length() <= 200 ? argument
                            : argument.substring(0, 200));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The start of a phase: the encoding found, the rows to go through, the clock of the time left. */
    private void phase(ImportJob job, UUID token, String encoding, int rows) {
        QuarkusTransaction.requiringNew().run(() -> {
            int updated = entityManager.createNativeQuery("""
                    update import_job set encoding = ?1, rows_total = ?2, rows_checked = 0, rows_written = 0,
                           phase_started_at = ?3, heartbeat_at = ?3
                     where id = ?4 and run_token = ?5
                    """).setParameter(1, encoding).setParameter(2, rows).setParameter(3, clock.instant())
                    .setParameter(4, job.id).setParameter(5, token).executeUpdate();
            if (updated != 1) {
                throw new Superseded();
            }
        });
    }

    private void progress(ImportJob job, UUID token, Pass pass) {
        QuarkusTransaction.requiringNew().run(() -> {
            int updated = entityManager.createNativeQuery("""
                    update import_job set rows_checked = ?1, rows_written = case when ?2 then ?1 else 0 end,
                           heartbeat_at = ?3
                     where id = ?4 and run_token = ?5
                    """).setParameter(1, pass.rows).setParameter(2, pass.write).setParameter(3, clock.instant())
                    .setParameter(4, job.id).setParameter(5, token).executeUpdate();
            if (updated != 1) {
                throw new Superseded();
            }
        });
    }

    private void ignoredColumns(ImportJob job, List<String> ignored) {
        if (ignored.isEmpty()) {
            return;
        }
        String names = ignored.stream().map(n -> n.length() > 40 ? n.substring(0, 40) : n)
                .collect(Collectors.joining(", "));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update import_job set ignored_columns = ?1 where id = ?2")
                .setParameter(1, names.length() > 1000 ? names.substring(0, 1000) : names).setParameter(2, job.id)
                .executeUpdate());
    }

    private RowHandler handler(ImportKind kind) {
        return handlers.stream().filter(h -> h.kind() == kind).findFirst().orElseThrow();
    }

    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private void withConnection(SqlWork work) {
        entityManager.unwrap(Session.class).doWork(work::run);
    }

    /** Rows were refused while writing: the transaction is rolled back, and the refusals are the report. */
    private static final class RefusedRows extends RuntimeException {
        final transient Pass pass;

        RefusedRows(Pass pass) {
            super("refused rows", null, false, false);
            this.pass = pass;
        }
    }

    /** Another run took the job over (this one was thought dead): stop, committing nothing more. */
    static final class Superseded extends RuntimeException {
        Superseded() {
            super("superseded", null, false, false);
        }
    }
}
