package steward.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Listens, on one connection of this replica's pool, for PostgreSQL's notification that an account changed
 * ({@code NOTIFY steward_account}, sent by a trigger when the change commits) and makes {@link SignedInAccounts}
 * forget it. A plain thread blocked in the driver's wait for notifications: nothing to poll, nothing the native
 * image needs to be told about.
 * <p>
 * A lost connection (PostgreSQL restarted, the connection ended, the network gone, or notifications no longer
 * delivered: checked with a heartbeat whenever {@link #HEARTBEAT} passes without a notification) stops the cache
 * at once ({@link SignedInAccounts#listeningStopped}); the listener connects again after {@code retryAfter}, and
 * the cache is used again only once it listens. Its connection must reach PostgreSQL itself or a pooler in session
 * mode: a pooler in transaction mode does not deliver notifications (the heartbeat then fails, and the cache is not
 * used), see docs/DEPLOY.md.
 */
@ApplicationScoped
public class AccountChanges {

    static final String CHANNEL = "steward_account";
    /**
     * How long the connection may be silent before a heartbeat is sent on it (a notification to itself, which must
     * come back within as long again): a connection lost without a word, or one that no longer delivers
     * notifications, is noticed within twice this.
     */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** The payload of a heartbeat (with the listening connection's process id): no account's id. */
    private static final String HEARTBEAT_PAYLOAD = "heartbeat:";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(AccountChanges.class);

    private final DataSource database;
    private final SignedInAccounts accounts;
    private final Duration retryAfter;
    private final Object retry = new Object();
    private volatile boolean running;
    private volatile int backendPid;
    private boolean retryNow;
    private Thread thread;

    @Inject
    public AccountChanges(DataSource database, SignedInAccounts accounts) {
        this(database, accounts, RETRY_AFTER);
    }

    /** A listener for {@code accounts}, which waits {@code retryAfter} before connecting again. */
    public AccountChanges(DataSource database, SignedInAccounts accounts, Duration retryAfter) {
        this.database = database;
        this.accounts = accounts;
        this.retryAfter = retryAfter;
    }

    @Inject
    SessionConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.keepAccounts()) {
            start();
        } else {
            LOG.info("Signed-in accounts are not kept between requests (steward.session.keep-accounts=false)");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "steward-account-changes");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops listening and waits for the listener to give its connection back, so that the pool, which closes after
     * this, never sees a connection still in use (the wait for notifications does not answer an interrupt: a
     * notification wakes it).
     */
    public synchronized void stop() {
        running = false;
        connectNow();
        if (thread == null) {
            return;
        }
        thread.interrupt();
        if (backendPid != 0) {
            try (Connection connection = database.getConnection();
                    Statement wake = connection.createStatement()) {
                wake.execute("NOTIFY " + CHANNEL + ", '" + HEARTBEAT_PAYLOAD + "stopping'");
            } catch (SQLException | RuntimeException unavailable) {
                // the database is gone: so is the listener's wait
            }
        }
        try {
            thread.join(HEARTBEAT.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    /** The PostgreSQL process of the listening connection (0 while not listening). */
    public int backendPid() {
        return backendPid;
    }

    /** Connects again now rather than after the wait (when the database is known to be back). */
    public void connectNow() {
        synchronized (retry) {
            retryNow = true;
            retry.notifyAll();
        }
    }

    private void listen() {
        boolean lost = false;
        while (running) {
            Connection connection = null;
            try {
                connection = database.getConnection();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                backendPid = postgres.getBackendPID();
                accounts.listeningStarted();
                if (lost) {
                    LOG.info("Listening for account changes again; the accounts kept in memory were dropped");
                    lost = false;
                }
                String heartbeat = HEARTBEAT_PAYLOAD + backendPid;
                boolean awaitingHeartbeat = false;
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) HEARTBEAT.toMillis());
                    if (notifications == null || notifications.length == 0) {
                        if (awaitingHeartbeat) {
                            throw new SQLException("The heartbeat sent on the listening connection never came back");
                        }
                        try (Statement beat = connection.createStatement()) {
                            beat.execute("NOTIFY " + CHANNEL + ", '" + heartbeat + "'");
                        }
                        awaitingHeartbeat = true;
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        String payload = notification.getParameter();
                        if (heartbeat.equals(payload)) {
                            awaitingHeartbeat = false;
                        } else if (!payload.startsWith(HEARTBEAT_PAYLOAD)) {
                            accounts.changed(payload);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running && !lost) {
                    LOG.warnf("Not listening for account changes (%s): every request reads its account until the"
                            + " listener is back", e.getMessage());
                    lost = true;
                }
            } finally {
                backendPid = 0;
                accounts.listeningStopped();
                discard(connection);
            }
            waitBeforeRetrying();
        }
    }

    /**
     * Returns the connection to the pool so that the pool drops it if it is broken: a statement through the pool's
     * wrapper lets the pool see the failure (the wait for notifications goes to the driver directly).
     */
    private static void discard(Connection connection) {
        if (connection == null) {
            return;
        }
        try (Statement check = connection.createStatement()) {
            check.execute("UNLISTEN *");
        } catch (SQLException broken) {
            // the pool has seen it, and will not hand it out again
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection may fail; the pool has dropped it
        }
    }

    private void waitBeforeRetrying() {
        synchronized (retry) {
            long until = System.nanoTime() + retryAfter.toNanos();
            while (running && !retryNow) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    retry.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            retryNow = false;
        }
    }
}
