package steward.web;

import java.util.concurrent.Callable;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A job's work claimed a batch at a time ({@code FOR UPDATE SKIP LOCKED}), each batch in a transaction of its own so
 * that replicas share the work and a failure loses at most one batch, until a batch comes back short.
 */
public final class Batches {

    private Batches() {
    }

    /** Runs {@code batch} (which claims and handles at most {@code size} rows, returning how many) until done. */
    public static int untilShort(int size, Callable<Integer> batch) {
        int total = 0;
        int handled;
        do {
            handled = QuarkusTransaction.requiringNew().call(batch);
            total += handled;
        } while (handled == size);
        return total;
    }
}
