package steward.complaint;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import steward.billing.CreditRequested;

/** Stands where the cashier's ledger observes credits: records every CreditRequested fired. */
@ApplicationScoped
public class CreditRecorder {

    private final List<CreditRequested> fired = new CopyOnWriteArrayList<>();

    void observe(@Observes CreditRequested credit) {
        fired.add(credit);
    }

    public List<CreditRequested> forSource(long sourceId) {
        return fired.stream().filter(c -> c.sourceId() == sourceId).toList();
    }
}
