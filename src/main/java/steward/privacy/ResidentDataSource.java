package steward.privacy;

import java.util.List;
import java.util.Map;

/**
 * What one capability holds about a resident, contributed as a CDI bean per capability: the records for the
 * resident's export, and the erasure of the personal data in them. Financial records (receipts, the ledger)
 * are kept as they are; a source only replaces names, phones, plates and free text about the person.
 */
public interface ResidentDataSource {

    /** The key of the records in the export: {@code visits}, {@code calls}... */
    String key();

    /** The resident's records of this capability, as named values, oldest first. */
    List<Map<String, Object>> export(Long siteId, Long residentId);

    /** Replaces the personal data of the resident's records; answers how many records changed. */
    long erase(Long siteId, Long residentId);
}
