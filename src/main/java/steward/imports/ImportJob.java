package steward.imports;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One uploaded file and how far its import is (see V25__imports.sql). */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Enumerated(EnumType.STRING)
    public ImportKind kind;

    @Enumerated(EnumType.STRING)
    public FileFormat format;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_size")
    public long fileSize;

    /** How a CSV was read ({@code UTF-8 (BOM)}, {@code UTF-8}, {@code Big5 (CP950)}); null for XLSX. */
    public String encoding;

    @Column(name = "create_buildings")
    public boolean createBuildings;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    public ImportState state;

    @Column(name = "write_when_clean")
    public boolean writeWhenClean;

    @Column(name = "rows_total")
    public Integer rowsTotal;

    @Column(name = "rows_checked")
    public int rowsChecked;

    @Column(name = "rows_accepted")
    public int rowsAccepted;

    @Column(name = "rows_refused")
    public int rowsRefused;

    /** Refused cells and rows, of which the report lists the first thousand. */
    @Column(name = "refusal_count")
    public int refusalCount;

    @Column(name = "rows_written")
    public int rowsWritten;

    public int created;

    public int updated;

    public int unchanged;

    @Column(name = "ignored_columns")
    public String ignoredColumns;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "phase_started_at")
    public Instant phaseStartedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "run_token")
    public UUID runToken;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
}
