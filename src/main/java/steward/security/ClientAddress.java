package steward.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.common.net.CidrAddress;
import io.smallrye.common.net.Inet;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who the client is, for sign-in throttling and the list of a user's sessions. Behind trusted proxies
 * ({@code quarkus.http.proxy.trusted-proxies}, STEWARD_TRUSTED_PROXIES) it is the rightmost entry of
 * {@code X-Forwarded-For} that is not itself a trusted proxy: each proxy appends the peer it saw, so that entry was
 * written by a proxy of ours, while everything left of it is what the client chose to send (Quarkus itself
 * believes the leftmost entry, which a client could change on every guess). From any other peer the header is
 * ignored and the peer's own address counts.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class);

    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
    Optional<List<String>> configured;

    private final List<CidrAddress> trusted = new ArrayList<>();

    @PostConstruct
    void parse() {
        configured.orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(entry -> {
            CidrAddress range = range(entry);
            if (range == null) {
                LOG.warnf("Trusted proxy %s is neither an address nor a CIDR range: ignored", entry);
            } else {
                trusted.add(range);
            }
        });
    }

    private static CidrAddress range(String entry) {
        if (entry.contains("/")) {
            return Inet.parseCidrAddress(entry);
        }
        InetAddress address = Inet.parseInetAddress(entry);
        return address == null ? null : CidrAddress.create(address, address.getAddress().length * 8);
    }

    /** The client's address as the request's connection and trusted proxies tell it. */
    public String of(HttpServerRequest request) {
        String peer = request.connection() != null && request.connection().remoteAddress() != null
                ? request.connection().remoteAddress().hostAddress()
                : "unknown";
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : request.headers().getAll("X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(withoutPort(hop.strip()));
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                String client = hops.get(i);
                return client.length() <= 64 ? client : client.substring(0, 64);
            }
        }
        // Every hop a proxy of ours: the first one is as close to the client as anyone can tell.
        return hops.isEmpty() ? peer : hops.get(0);
    }

    boolean isTrusted(String address) {
        InetAddress parsed = Inet.parseInetAddress(address);
        return parsed != null && trusted.stream().anyMatch(range -> range.matches(parsed));
    }

    /** 203.0.113.7:51234 → 203.0.113.7; [2001:db8::1]:443 → 2001:db8::1; a bare IPv6 address stays. */
    static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }
}
