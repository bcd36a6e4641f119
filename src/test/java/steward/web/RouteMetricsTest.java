package steward.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import steward.support.Api;

/**
 * Prometheus times every route under its own template. Micrometer keeps a limited number of distinct URI tags and,
 * past it, drops the timings of every further route (with one warning): the limit must stay above the number of
 * routes the application has, which grows with every page and operation.
 */
@QuarkusTest
class RouteMetricsTest {

    @Test
    void everyRouteOfTheApplicationFitsUnderTheUriTagLimit() throws IOException {
        JsonNode document = new ObjectMapper().readTree(Api.anonymous().accept(ContentType.JSON)
                .get("/q/openapi?format=json").asString());
        int routes = document.get("paths").size();
        int limit = ConfigProvider.getConfig().getValue("quarkus.micrometer.binder.http-server.max-uri-tags",
                Integer.class);
        assertTrue(routes > 100, "the application has more routes than Micrometer's default limit: " + routes);
        // Room for the routes the document leaves out (the API document's own, static files) and for growth.
        assertTrue(limit >= 2 * routes, "max-uri-tags " + limit + " for " + routes + " routes in the API document");
    }
}
