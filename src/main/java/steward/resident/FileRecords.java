package steward.resident;

import java.util.List;

/**
 * What a resident's or a unit's file shows of the center's records ({@link CenterRecords}): the accounts of the
 * units, everything still open, then the newest of the rest.
 */
public record FileRecords(List<UnitAccount> accounts, List<FileEntry> open, List<FileEntry> history) {
}
