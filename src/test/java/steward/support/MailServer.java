package steward.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free port, for the outbox's email channel. Tests
 * stop and start it to play an SMTP server that is down, then back.
 */
@QuarkusTestResource(MailServer.class)
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        port = freePort();
        startServer();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        down();
    }

    public static synchronized void up() {
        if (server == null) {
            startServer();
        }
    }

    public static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * While the server is down, the next connection to its port is accepted by a listener that never says a word,
     * as when the mail client misses the server's greeting; right after accepting it, the real server starts on
     * the port. The returned handle tells whether that connection came, and closes it.
     */
    public static synchronized Silent silentOnNextConnectionThenUp() {
        if (server != null) {
            throw new IllegalStateException("the server must be down first");
        }
        try {
            ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            Silent silent = new Silent(listener);
            Thread acceptor = new Thread(silent::acceptOnceThenStartTheServer, "silent-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
            return silent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Silent implements AutoCloseable {
        private final ServerSocket listener;
        private final java.util.concurrent.CountDownLatch accepted = new java.util.concurrent.CountDownLatch(1);
        private volatile java.net.Socket connection;

        private Silent(ServerSocket listener) {
            this.listener = listener;
        }

        private void acceptOnceThenStartTheServer() {
            try {
                connection = listener.accept();
                listener.close();
                up();
                accepted.countDown();
            } catch (IOException e) {
                // closed before anyone connected
            }
        }

        public boolean accepted() {
            return accepted.getCount() == 0;
        }

        @Override
        public void close() throws IOException {
            listener.close();
            if (connection != null) {
                connection.close();
            }
        }
    }

    /** Forgets what was received (between tests). */
    public static synchronized void purge() {
        up();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** The business keys (X-Steward-Key) of the messages received, in the order they arrived. */
    public static List<String> receivedKeys() {
        return received().stream().map(MailServer::key).toList();
    }

    public static String key(MimeMessage message) {
        try {
            String[] values = message.getHeader("X-Steward-Key");
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void startServer() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
