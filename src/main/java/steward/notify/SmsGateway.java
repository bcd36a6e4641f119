package steward.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends one text message through the configured HTTP gateway: a JSON POST of the number, the text and a
 * reference (the outbox row), so a gateway that deduplicates by reference never delivers a retry twice. Any
 * answer other than 2xx is a failed attempt, retried by the dispatcher.
 */
@ApplicationScoped
public class SmsGateway {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    NotifyConfig config;

    @Inject
    ObjectMapper json;

    public boolean configured() {
        return config.sms().url().isPresent();
    }

    public void send(String to, String text, String reference) {
        var url = config.sms().url().orElseThrow(() -> new IllegalStateException("No SMS gateway is configured"));
        var body = json.createObjectNode().put("to", to).put("text", text).put("reference", reference);
        var request = HttpRequest.newBuilder(url).timeout(config.sms().timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        config.sms().authorization().ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("SMS gateway unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending an SMS", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("SMS gateway answered " + response.statusCode());
        }
    }
}
