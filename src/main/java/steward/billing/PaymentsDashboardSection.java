package steward.billing;

import java.util.List;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;

/** Receipts issued in the period by method of payment, with their sums; voided receipts apart (seed 三(四)6). */
@Singleton
public class PaymentsDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("payment", "paid_at",
            "t.receipt_no",
            "t.method || ' · ' || t.amount || ' ' || t.currency || ' · ' || t.status",
            "'/cashier/receipts/' || t.receipt_no");

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.summing("cash", "t.status = 'POSTED' and t.method = 'CASH'", "t.amount"),
            Records.Count.summing("card", "t.status = 'POSTED' and t.method = 'CARD'", "t.amount"),
            Records.Count.summing("transfer", "t.status = 'POSTED' and t.method = 'TRANSFER'", "t.amount"),
            Records.Count.summing("mobile", "t.status = 'POSTED' and t.method = 'MOBILE'", "t.amount"),
            Records.Count.summing("voided", "t.status = 'VOIDED'", "t.amount"));

    public PaymentsDashboardSection() {
        super("payments", 60, DashboardMessages::section_payments, DashboardMessages::figure_payments, SOURCE, COUNTS);
    }
}
