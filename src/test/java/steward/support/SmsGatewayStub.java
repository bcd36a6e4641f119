package steward.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An SMS gateway for every test: a WireMock HTTP server on a free port that accepts the outbox's JSON posts
 * when they carry the configured key. No real SMS gateway can be reached from here; this one checks the
 * request the way a gateway would and records it. Tests make it fail to play a gateway that is down.
 */
@QuarkusTestResource(SmsGatewayStub.class)
public class SmsGatewayStub implements QuarkusTestResourceLifecycleManager {

    public static final String AUTHORIZATION = "Bearer sms-test-key";
    private static final String PATH = "/v1/messages";
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        accepting();
        return Map.of("steward.notify.sms.url", "http://127.0.0.1:" + server.port() + PATH,
                "steward.notify.sms.authorization", AUTHORIZATION);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** 202 for a well-formed, authorised post; 401 without the key. */
    public static void accepting() {
        server.resetMappings();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)));
        server.stubFor(post(urlEqualTo(PATH)).withHeader("Authorization", equalTo(AUTHORIZATION))
                .withRequestBody(matchingJsonPath("$.to")).withRequestBody(matchingJsonPath("$.text"))
                .withRequestBody(matchingJsonPath("$.reference"))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"queued\"}")));
    }

    /** Every post answered 503, as by a gateway that is down. */
    public static void failing() {
        server.resetMappings();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
    }

    /** The posts the gateway received for one number, oldest first. */
    public static List<LoggedRequest> receivedFor(String e164) {
        return server.findAll(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.to",
                equalTo(e164))));
    }
}
