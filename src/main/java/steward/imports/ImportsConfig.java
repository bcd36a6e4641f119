package steward.imports;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of imports ({@code steward.imports.*}, or STEWARD_IMPORT_...). */
@ConfigMapping(prefix = "steward.imports")
public interface ImportsConfig {

    /** The largest file accepted; a larger one is refused before it is read whole (STEWARD_IMPORT_MAX_FILE_SIZE). */
    @WithDefault("64M")
    MemorySize maxFileSize();

    /** How long an uploaded file that nobody confirmed is kept (it holds personal data). */
    @WithDefault("3d")
    Duration keepFiles();

    /**
     * How often each replica looks for imports whose replica stopped working on them (and takes them over) and for
     * files past their keeping period: a duration, or {@code off}.
     */
    @WithDefault("30s")
    String sweepInterval();

    /** An import whose replica has not reported progress for this long is taken over by another. */
    @WithDefault("2m")
    Duration lease();

    /** Imports checked or written at once on one replica; more wait their turn. */
    @WithDefault("1")
    int workers();
}
