package steward.security;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The signed-in accounts this replica has read, so that a request whose account has not changed since the last
 * one reads neither the account nor its sites. An entry is forgotten as soon as its account changes, on every
 * replica: PostgreSQL sends a notification when the change commits ({@code V65__account_changes_notify.sql}) and
 * {@link AccountChanges} hears it; the replica that made the change also forgets it when its own transaction ends
 * ({@link #changedInThisTransaction}), so its very next request reads the account again without waiting for the
 * notification.
 * <p>
 * Fail-safe: the entries are used only while {@link AccountChanges} is listening. When its connection is lost,
 * every entry is dropped and every request reads its account, until it listens again (and drops whatever was
 * kept, as a notification may have been missed meanwhile). An entry is kept only if nothing was forgotten and the
 * listener stayed up while it was being read: a change that commits during the read cannot leave the older
 * account behind.
 */
@ApplicationScoped
public class SignedInAccounts {

    /** Identity attribute: the request's {@link SignedInAccount}, read when it signed in. */
    public static final String ATTRIBUTE = "steward.signed-in-account";

    /** The account and its open sites, in one statement. */
    private static final String READ = """
            select a.id, a.username, a.display_name, a.roles, a.enabled, a.password_change_required, a.sign_in,
                   a.preferred_language,
                   array(select s.site_id from account_site s join site on site.id = s.site_id
                         where s.account_id = a.id and site.closed_at is null)
            from account a where a.id = ?
            """;

    private final DataSource database;
    private final TransactionSynchronizationRegistry transactions;
    private final Cache<Long, SignedInAccount> entries = Caffeine.newBuilder().maximumSize(10_000).build();

    /** Guards {@link #forgotten} and the check-then-keep of a read: an eviction never slips in between. */
    private final Object lock = new Object();
    /** How many times something was forgotten (or the listener went up or down): a read older than that is stale. */
    private long forgotten;
    private volatile boolean listening;

    @Inject
    public SignedInAccounts(DataSource database, TransactionSynchronizationRegistry transactions) {
        this.database = database;
        this.transactions = transactions;
    }

    /** The account as it is now (from this replica's memory while that is known to be current), or null. */
    public SignedInAccount byId(long accountId) {
        if (listening) {
            SignedInAccount kept = entries.getIfPresent(accountId);
            if (kept != null) {
                return kept;
            }
        }
        long before;
        boolean trusted;
        synchronized (lock) {
            before = forgotten;
            trusted = listening;
        }
        SignedInAccount read = read(accountId);
        // Inside a transaction the read may see the transaction's own changes, which may yet be rolled back.
        if (read != null && trusted && !inTransaction()) {
            synchronized (lock) {
                if (forgotten == before) {
                    entries.put(accountId, read);
                }
            }
        }
        return read;
    }

    /** Whether entries are kept and used (the listener is up). */
    public boolean listening() {
        return listening;
    }

    /** Whether this replica holds the account in memory (what the tests watch to see a change heard of). */
    public boolean holds(long accountId) {
        return entries.getIfPresent(accountId) != null;
    }

    /**
     * The current transaction changes the account: this replica forgets it when the transaction ends (the other
     * replicas hear of it from PostgreSQL at the commit).
     */
    public void changedInThisTransaction(long accountId) {
        whenTransactionEnds(() -> forget(accountId));
    }

    /** The current transaction changes many accounts at once (a site closed or reopened). */
    public void allChangedInThisTransaction() {
        whenTransactionEnds(this::forgetAll);
    }

    /** A notification's payload: the id of the account that changed (anything else forgets every account). */
    void changed(String payload) {
        try {
            forget(Long.parseLong(payload.strip()));
        } catch (NumberFormatException | NullPointerException notAnId) {
            forgetAll();
        }
    }

    void forget(long accountId) {
        synchronized (lock) {
            forgotten++;
            entries.invalidate(accountId);
        }
    }

    void forgetAll() {
        synchronized (lock) {
            forgotten++;
            entries.invalidateAll();
        }
    }

    /** The listener listens (again): whatever was kept before may have missed a notification. */
    void listeningStarted() {
        synchronized (lock) {
            forgotten++;
            entries.invalidateAll();
            listening = true;
        }
    }

    /** The listener lost its connection: nothing is kept or used until it listens again. */
    void listeningStopped() {
        synchronized (lock) {
            listening = false;
            forgotten++;
            entries.invalidateAll();
        }
    }

    private void whenTransactionEnds(Runnable forget) {
        if (!inTransaction()) {
            forget.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget.run();
            }
        });
    }

    private boolean inTransaction() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    private SignedInAccount read(long accountId) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setLong(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Array sites = row.getArray(9);
                List<Long> siteIds = Arrays.stream((Object[]) sites.getArray()).map(id -> ((Number) id).longValue())
                        .toList();
                return new SignedInAccount(row.getLong(1), row.getString(2), row.getString(3),
                        Account.roleList(row.getString(4)), row.getBoolean(5), row.getBoolean(6),
                        SignInMethod.valueOf(row.getString(7)), row.getString(8), siteIds);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read account " + accountId, e);
        }
    }
}
