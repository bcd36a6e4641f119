package steward.resident;

import java.math.BigDecimal;

/** A unit's account on a file: the balance (the ledger), what is overdue (by the last refresh), the open case. */
public record UnitAccount(Long unitId, String unitLabel, BigDecimal balance, BigDecimal overdue, Integer daysOverdue,
        Long collectionCaseId, String currency) {
}
