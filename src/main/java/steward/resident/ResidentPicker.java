package steward.resident;

import java.util.List;

/**
 * A resident-or-unit choice on a form (the host of a visit, the recipient of a parcel, the sender of a fax): what
 * was typed, what was picked ({@code r:<resident id>} or {@code u:<unit id>}), and what the search found. Rendered
 * by the {@code residentPicker} tag.
 */
public record ResidentPicker(String query, String selected, List<ResidentService.Summary> residents,
        List<ResidentService.UnitRef> units) {

    private static final String RESIDENT = "r:";
    private static final String UNIT = "u:";

    public static ResidentPicker nothingTyped() {
        return new ResidentPicker("", null, List.of(), List.of());
    }

    public boolean searched() {
        return !query.isBlank();
    }

    public boolean nothingFound() {
        return residents.isEmpty() && units.isEmpty();
    }

    public boolean isResident(Long id) {
        return (RESIDENT + id).equals(selected);
    }

    public boolean isUnit(Long id) {
        return (UNIT + id).equals(selected);
    }

    /** The resident picked ({@code r:<id>}); null when a unit, nothing or something else was sent. */
    public static Long residentId(String picked) {
        return id(picked, RESIDENT);
    }

    /** The unit picked ({@code u:<id>}); null when a resident, nothing or something else was sent. */
    public static Long unitId(String picked) {
        return id(picked, UNIT);
    }

    private static Long id(String picked, String prefix) {
        if (picked == null || !picked.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.valueOf(picked.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
