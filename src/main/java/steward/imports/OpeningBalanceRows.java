package steward.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.arrears.ArrearsLedger;
import steward.billing.FeeItem;
import steward.billing.Money;
import steward.resident.UnitLabel;

/**
 * Opening balances: the unpaid charges a company carries over from its previous system, one per unit, fee item and
 * month. Each becomes an ordinary charge of the unit's account (with its due date), so it ages, is reminded and is
 * collected like any other; the site's arrears are recomputed when the import is written. A posted charge is never
 * changed: the same row again is unchanged, a different amount or due date for the same unit, item and month is
 * refused (the cashier corrects a charge). The charge key is the monthly charges' own ({@code MANAGEMENT_FEE:2026-03}),
 * so a month carried over is never charged again by Steward, nor one Steward charged carried over.
 */
@ApplicationScoped
class OpeningBalanceRows implements RowHandler {

    static final String SOURCE = "OPENING_BALANCE";

    @Inject
    ImportText text;

    @Inject
    ArrearsLedger arrears;

    @Inject
    EntityManager entityManager;

    record Row(RowValues values, String unitLabel, String unitKey, FeeItem item, YearMonth period, BigDecimal amount,
            LocalDate dueDate) {

        String chargeKey() {
            return item.name() + ":" + period;
        }
    }

    private record Existing(BigDecimal amount, LocalDate dueDate) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.OPENING_BALANCES;
    }

    @Override
    public void handle(List<RowValues> rows, Pass pass, Connection connection) throws SQLException {
        List<Row> parsed = new ArrayList<>();
        for (RowValues values : rows) {
            Row row = parse(values, pass);
            if (row != null) {
                parsed.add(row);
            }
        }
        Map<String, Long> units = units(pass, connection, parsed.stream().map(Row::unitKey).distinct().toList());
        List<Long> unitIds = List.copyOf(new HashSet<>(units.values()));
        Map<String, Existing> carried = carriedOver(connection, unitIds);
        Set<String> charged = charged(connection, unitIds);
        List<Row> creates = new ArrayList<>();
        for (Row row : parsed) {
            Long unitId = units.get(row.unitKey());
            if (unitId == null) {
                row.values().refuse(ImportColumn.UNIT, ImportReason.UNKNOWN_UNIT, row.unitLabel());
                continue;
            }
            Existing existing = carried.get(unitId + "|" + row.chargeKey());
            if (existing != null) {
                if (existing.amount().compareTo(row.amount()) == 0 && existing.dueDate().equals(row.dueDate())) {
                    pass.unchanged++;
                } else {
                    row.values().refuse(ImportColumn.AMOUNT, ImportReason.BALANCE_DIFFERS,
                            Money.format(existing.amount(), pass.currency) + " / " + existing.dueDate());
                }
            } else if (charged.contains(unitId + "|" + row.chargeKey())) {
                row.values().refuse(ImportColumn.PERIOD, ImportReason.ALREADY_CHARGED);
            } else {
                pass.created++;
                creates.add(row);
            }
        }
        if (pass.write && !creates.isEmpty()) {
            write(pass, connection, units, creates);
        }
    }

    /** The site's arrears recomputed from the ledger, so that the charges carried over show in the arrears view. */
    @Override
    public void finish(Pass pass, Connection connection) throws SQLException {
        entityManager.flush();
        arrears.refreshSite(pass.siteId, pass.today, pass.now);
    }

    private Row parse(RowValues values, Pass pass) {
        String unitLabel = UnitLabel.tidy(values.text(ImportColumn.UNIT));
        if (unitLabel.isEmpty()) {
            values.refuse(ImportColumn.UNIT, ImportReason.REQUIRED);
        } else if (!UnitRows.validLabel(unitLabel)) {
            values.refuse(ImportColumn.UNIT, ImportReason.UNIT_LABEL_INVALID);
        }
        FeeItem item = null;
        String itemText = values.text(ImportColumn.ITEM);
        if (itemText.isEmpty()) {
            values.refuse(ImportColumn.ITEM, ImportReason.REQUIRED);
        } else {
            item = text.choice(FeeItem.class, itemText).orElse(null);
            if (item == null) {
                values.refuse(ImportColumn.ITEM, ImportReason.CHOICE_INVALID);
            }
        }
        YearMonth period = required(values, ImportColumn.PERIOD, ImportReason.PERIOD_INVALID,
                Cells.month(values.text(ImportColumn.PERIOD)));
        BigDecimal amount = required(values, ImportColumn.AMOUNT, ImportReason.AMOUNT_INVALID,
                Cells.amount(values.text(ImportColumn.AMOUNT))
                        .filter(a -> a.signum() > 0 && Money.plausible(a)
                                && a.compareTo(Money.round(a, pass.currency)) == 0)
                        .map(a -> Money.round(a, pass.currency)));
        LocalDate dueDate = required(values, ImportColumn.DUE_DATE, ImportReason.DATE_INVALID,
                Cells.date(values.text(ImportColumn.DUE_DATE)));
        if (!values.accepted()) {
            return null;
        }
        Row row = new Row(values, unitLabel, UnitLabel.key(unitLabel), item, period, amount, dueDate);
        Integer first = pass.firstLineOf("balance:" + row.unitKey() + "|" + row.chargeKey(), values.line);
        if (first != null) {
            values.refuse(ImportColumn.UNIT, ImportReason.DUPLICATE_ROW, String.valueOf(first));
            return null;
        }
        return row;
    }

    private static <T> T required(RowValues values, ImportColumn column, ImportReason invalid, Optional<T> value) {
        if (values.text(column).isEmpty()) {
            values.refuse(column, ImportReason.REQUIRED);
            return null;
        }
        if (value.isEmpty()) {
            values.refuse(column, invalid);
            return null;
        }
        return value.get();
    }

    private static Map<String, Long> units(Pass pass, Connection connection, List<String> keys) throws SQLException {
        Map<String, Long> units = new HashMap<>();
        if (keys.isEmpty()) {
            return units;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select id, label_key from unit where site_id = ? and label_key = any (?)")) {
            select.setLong(1, pass.siteId);
            select.setArray(2, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    units.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return units;
    }

    /** The balances already carried over for these units, by unit and charge key. */
    private static Map<String, Existing> carriedOver(Connection connection, List<Long> unitIds) throws SQLException {
        Map<String, Existing> carried = new HashMap<>();
        if (unitIds.isEmpty()) {
            return carried;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select unit_id, item, period, amount, due_date from opening_balance where unit_id = any (?)")) {
            select.setArray(1, connection.createArrayOf("bigint", unitIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    carried.put(rs.getLong(1) + "|" + rs.getString(2) + ":" + rs.getString(3),
                            new Existing(rs.getBigDecimal(4), rs.getObject(5, LocalDate.class)));
                }
            }
        }
        return carried;
    }

    /** The charge keys these units' accounts already hold (the monthly charges'), by unit. */
    private static Set<String> charged(Connection connection, List<Long> unitIds) throws SQLException {
        Set<String> charged = new HashSet<>();
        if (unitIds.isEmpty()) {
            return charged;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select unit_id, charge_key from ledger_line where unit_id = any (?) and charge_key is not null")) {
            select.setArray(1, connection.createArrayOf("bigint", unitIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    charged.add(rs.getLong(1) + "|" + rs.getString(2));
                }
            }
        }
        return charged;
    }

    private static void write(Pass pass, Connection connection, Map<String, Long> units, List<Row> rows)
            throws SQLException {
        List<Long> ids = ImportSql.nextIds(connection, "opening_balance", rows.size());
        try (PreparedStatement balance = connection.prepareStatement("""
                insert into opening_balance (id, site_id, unit_id, item, period, amount, due_date, import_job_id,
                                             created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """);
                PreparedStatement charge = connection.prepareStatement("""
                        insert into ledger_line (site_id, unit_id, kind, item, period, amount, due_date, charge_key,
                                                 source_kind, source_id, business_date, posted_at, posted_by)
                        values (?, ?, 'CHARGE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)) {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                long unitId = units.get(row.unitKey());
                balance.setLong(1, ids.get(i));
                balance.setLong(2, pass.siteId);
                balance.setLong(3, unitId);
                balance.setString(4, row.item().name());
                balance.setString(5, row.period().toString());
                balance.setBigDecimal(6, row.amount());
                balance.setObject(7, row.dueDate());
                balance.setLong(8, pass.jobId);
                balance.setTimestamp(9, Timestamp.from(pass.now));
                balance.addBatch();
                charge.setLong(1, pass.siteId);
                charge.setLong(2, unitId);
                charge.setString(3, row.item().name());
                charge.setString(4, row.period().toString());
                charge.setBigDecimal(5, row.amount());
                charge.setObject(6, row.dueDate());
                charge.setString(7, row.chargeKey());
                charge.setString(8, SOURCE);
                charge.setLong(9, ids.get(i));
                charge.setObject(10, pass.today);
                charge.setTimestamp(11, Timestamp.from(pass.now));
                charge.setString(12, pass.actor);
                charge.addBatch();
            }
            balance.executeBatch();
            charge.executeBatch();
        }
    }
}
