package steward.imports;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** One uploaded file and how far its import is (see V25__imports.sql). */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    @Enumerated(EnumType.STRING)
    public ImportKind kind;

    @Enumerated(EnumType.STRING)
    public FileFormat format;

    public String fileName;

    public long fileSize;

    /** How a CSV was read ({@code UTF-8 (BOM)}, {@code UTF-8}, {@code Big5 (CP950)}); null for XLSX. */
    public String encoding;

    public boolean createBuildings;

    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    public ImportState state;

    public boolean writeWhenClean;

    public Integer rowsTotal;

    public int rowsChecked;

    public int rowsAccepted;

    public int rowsRefused;

    /** Refused cells and rows, of which the report lists the first thousand. */
    public int refusalCount;

    public int rowsWritten;

    public int created;

    public int updated;

    public int unchanged;

    public String ignoredColumns;

    public String requestedBy;

    public String confirmedBy;

    public Instant createdAt;

    public Instant phaseStartedAt;

    public Instant finishedAt;

    public UUID runToken;

    public Instant heartbeatAt;
}
