package steward.imports;

/**
 * Where an import is: its file being checked (the dry run), checked (a report, nothing written), being written
 * (after the confirmation, in one transaction), done; or refused as a whole (unreadable), or its file gone before
 * anyone confirmed it.
 */
public enum ImportState {
    CHECKING,
    CHECKED,
    WRITING,
    DONE,
    FAILED,
    EXPIRED;

    public boolean running() {
        return this == CHECKING || this == WRITING;
    }
}
