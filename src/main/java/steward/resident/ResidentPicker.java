package steward.resident;

import java.util.List;

/**
 * A resident-or-unit choice on a form (the host of a visit, the recipient of a parcel, the sender of a fax): what
 * was typed, what was picked ({@code r:<resident id>} or {@code u:<unit id>}), and what the search found. Rendered
 * by the {@code residentPicker} tag.
 */
public record ResidentPicker(String query, String selected, List<ResidentService.Summary> residents,
        List<ResidentService.UnitRef> units) {

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
        return ("r:" + id).equals(selected);
    }

    public boolean isUnit(Long id) {
        return ("u:" + id).equals(selected);
    }
}
