package steward.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import steward.resident.Building;
import steward.resident.SearchTerms;
import steward.resident.UnitKind;
import steward.resident.UnitLabel;

/**
 * Units: building, label, floor, area, kind. A unit is matched by its label's key ({@link UnitLabel}): the same
 * label (however spaced or typed) changes the unit it names, a new one adds a unit. A unit's building must exist,
 * unless the import was asked to create the buildings the file names.
 */
@ApplicationScoped
class UnitRows implements RowHandler {

    static final BigDecimal MAX_AREA = new BigDecimal("99999.99");
    /** The separators of a residents file's list of units: a label may not contain them. */
    private static final String SEPARATORS = ";；、\n\r";

    @Inject
    ImportText text;

    /** A unit as the row gives it; null fields were left out of the file (they stay as they are). */
    record Row(RowValues values, String label, String key, String buildingName, Integer floor, BigDecimal area,
            UnitKind kind) {
    }

    /** What the site has: a building by its folded name, and a unit by its label's key. */
    record BuildingRef(long id, String name, boolean closed) {
    }

    private record Existing(long id, long buildingId, Integer floor, BigDecimal area, UnitKind kind) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.UNITS;
    }

    @Override
    public void handle(List<RowValues> rows, Pass pass, Connection connection) throws SQLException {
        Map<String, BuildingRef> buildings = buildings(pass, connection);
        List<Row> parsed = new ArrayList<>();
        for (RowValues values : rows) {
            Row row = parse(values, pass);
            if (row != null) {
                parsed.add(row);
            }
        }
        Map<String, Existing> existing = existing(pass, connection, parsed.stream().map(Row::key).toList());
        List<Row> creates = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Row row : parsed) {
            BuildingRef building = buildings.get(Cells.fold(row.buildingName()));
            if (building != null && building.closed()) {
                row.values().refuse(ImportColumn.BUILDING, ImportReason.BUILDING_CLOSED, building.name());
            } else if (building == null && !pass.createBuildings) {
                row.values().refuse(ImportColumn.BUILDING, ImportReason.UNKNOWN_BUILDING, row.buildingName());
            }
            if (!row.values().accepted()) {
                continue;
            }
            Existing unit = existing.get(row.key());
            if (unit == null) {
                pass.created++;
                creates.add(row);
                continue;
            }
            Integer floor = row.values().present(ImportColumn.FLOOR) ? row.floor() : unit.floor();
            BigDecimal area = row.values().present(ImportColumn.AREA) ? row.area() : unit.area();
            UnitKind kind = row.kind() != null ? row.kind() : unit.kind();
            boolean same = building != null && building.id() == unit.buildingId() && Objects.equals(floor, unit.floor())
                    && sameAmount(area, unit.area()) && kind == unit.kind();
            if (same) {
                pass.unchanged++;
            } else {
                pass.updated++;
                updates.add(new Object[] { row, floor, area, kind, unit.id() });
            }
        }
        if (pass.write) {
            write(pass, connection, buildings, creates, updates);
        }
    }

    private Row parse(RowValues values, Pass pass) {
        String buildingName = values.text(ImportColumn.BUILDING);
        if (buildingName.isEmpty()) {
            values.refuse(ImportColumn.BUILDING, ImportReason.REQUIRED);
        } else if (buildingName.length() > Building.MAX_NAME_LENGTH) {
            values.refuse(ImportColumn.BUILDING, ImportReason.TOO_LONG, String.valueOf(Building.MAX_NAME_LENGTH));
        }
        String label = UnitLabel.tidy(values.text(ImportColumn.UNIT));
        String key = UnitLabel.key(label);
        if (label.isEmpty()) {
            values.refuse(ImportColumn.UNIT, ImportReason.REQUIRED);
        } else if (!validLabel(label)) {
            values.refuse(ImportColumn.UNIT, ImportReason.UNIT_LABEL_INVALID);
        } else {
            Integer first = pass.firstLineOf("unit:" + key, values.line);
            if (first != null) {
                values.refuse(ImportColumn.UNIT, ImportReason.DUPLICATE_ROW, String.valueOf(first));
            }
        }
        Integer floor = null;
        String floorText = values.text(ImportColumn.FLOOR);
        if (!floorText.isEmpty()) {
            floor = Cells.floor(floorText).orElse(null);
            if (floor == null) {
                values.refuse(ImportColumn.FLOOR, ImportReason.NUMBER_INVALID);
            }
        }
        BigDecimal area = null;
        String areaText = values.text(ImportColumn.AREA);
        if (!areaText.isEmpty()) {
            area = Cells.decimal(areaText, 2).filter(a -> a.signum() > 0 && a.compareTo(MAX_AREA) <= 0).orElse(null);
            if (area == null) {
                values.refuse(ImportColumn.AREA, ImportReason.AREA_INVALID);
            }
        }
        UnitKind kind = null;
        String kindText = values.text(ImportColumn.UNIT_KIND);
        if (!kindText.isEmpty()) {
            kind = text.choice(UnitKind.class, kindText).orElse(null);
            if (kind == null) {
                values.refuse(ImportColumn.UNIT_KIND, ImportReason.CHOICE_INVALID);
            }
        }
        return values.accepted() ? new Row(values, label, key, buildingName, floor, area, kind) : null;
    }

    /** A label a person would write: within the length, and free of the separators of a list of units. */
    static boolean validLabel(String label) {
        if (label.length() > UnitLabel.MAX_LENGTH || UnitLabel.key(label).isEmpty()) {
            return false;
        }
        return label.chars().noneMatch(c -> SEPARATORS.indexOf(c) >= 0 || Character.isISOControl(c));
    }

    /** The site's buildings, read once per pass (a site has tens of them, not thousands). */
    @SuppressWarnings("unchecked")
    static Map<String, BuildingRef> buildings(Pass pass, Connection connection) throws SQLException {
        Map<String, BuildingRef> buildings = (Map<String, BuildingRef>) pass.memo.get("buildings");
        if (buildings != null) {
            return buildings;
        }
        buildings = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, name, closed_at is not null from building where site_id = ?")) {
            select.setLong(1, pass.siteId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    buildings.put(Cells.fold(rs.getString(2)), new BuildingRef(rs.getLong(1), rs.getString(2),
                            rs.getBoolean(3)));
                }
            }
        }
        pass.memo.put("buildings", buildings);
        return buildings;
    }

    private static Map<String, Existing> existing(Pass pass, Connection connection, List<String> keys)
            throws SQLException {
        Map<String, Existing> units = new HashMap<>();
        if (keys.isEmpty()) {
            return units;
        }
        try (PreparedStatement select = connection.prepareStatement("""
                select id, label_key, building_id, floor, area_m2, kind from unit
                 where site_id = ? and label_key = any (?)
                """)) {
            select.setLong(1, pass.siteId);
            select.setArray(2, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    units.put(rs.getString(2), new Existing(rs.getLong(1), rs.getLong(3),
                            (Integer) rs.getObject(4), rs.getBigDecimal(5), UnitKind.valueOf(rs.getString(6))));
                }
            }
        }
        return units;
    }

    private void write(Pass pass, Connection connection, Map<String, BuildingRef> buildings, List<Row> creates,
            List<Object[]> updates) throws SQLException {
        for (List<Row> group : ImportSql.perStatement(creates, 9)) {
            List<Long> buildingIds = new ArrayList<>(group.size());
            for (Row row : group) {
                buildingIds.add(building(pass, connection, buildings, row.buildingName()));
            }
            try (PreparedStatement insert = connection.prepareStatement(ImportSql.insertRows("unit",
                    "site_id, building_id, label, label_key, kind, floor, area_m2, search_text, search_terms", 9,
                    group.size()))) {
                int at = 0;
                for (int i = 0; i < group.size(); i++) {
                    Row row = group.get(i);
                    insert.setLong(at + 1, pass.siteId);
                    insert.setLong(at + 2, buildingIds.get(i));
                    insert.setString(at + 3, row.label());
                    insert.setString(at + 4, row.key());
                    insert.setString(at + 5, (row.kind() == null ? UnitKind.RESIDENTIAL : row.kind()).name());
                    setInteger(insert, at + 6, row.floor());
                    insert.setBigDecimal(at + 7, row.area());
                    insert.setString(at + 8, SearchTerms.normalise(row.label()));
                    insert.setArray(at + 9, connection.createArrayOf("text",
                            SearchTerms.forText(row.label()).toArray()));
                    at += 9;
                }
                insert.executeUpdate();
            }
        }
        if (!updates.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement("""
                    update unit set building_id = ?, floor = ?, area_m2 = ?, kind = ?, version = version + 1
                     where id = ? and site_id = ?
                    """)) {
                for (Object[] change : updates) {
                    Row row = (Row) change[0];
                    update.setLong(1, building(pass, connection, buildings, row.buildingName()));
                    setInteger(update, 2, (Integer) change[1]);
                    update.setBigDecimal(3, (BigDecimal) change[2]);
                    update.setString(4, ((UnitKind) change[3]).name());
                    update.setLong(5, (Long) change[4]);
                    update.setLong(6, pass.siteId);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }

    /** The building's id, creating it when the import was asked to create the buildings it names. */
    private static long building(Pass pass, Connection connection, Map<String, BuildingRef> buildings, String name)
            throws SQLException {
        BuildingRef building = buildings.get(Cells.fold(name));
        if (building != null) {
            return building.id();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into building (site_id, name) values (?, ?) returning id")) {
            insert.setLong(1, pass.siteId);
            insert.setString(2, name);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                BuildingRef created = new BuildingRef(rs.getLong(1), name, false);
                buildings.put(Cells.fold(name), created);
                return created.id();
            }
        }
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
