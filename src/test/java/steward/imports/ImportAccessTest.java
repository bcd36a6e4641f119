package steward.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.resident.Unit;
import steward.support.Api;
import steward.support.TestSites;

/**
 * Only administrators and supervisors import and export, and only for their own sites: another site's imports
 * and exports are "not found", the desk is refused, a file over the limit is refused before it is read.
 */
@QuarkusTest
class ImportAccessTest {

    @Inject
    ImportFixtures fixtures;

    @TestHTTPResource("/")
    URL base;

    ImportFixtures.Fresh site;
    ImportFixtures.Fresh other;

    @BeforeEach
    void sites() {
        site = fixtures.site("5棟");
        other = fixtures.site("5棟");
    }

    @Test
    void anotherSitesSupervisorGetsNotFoundAndTheDeskIsRefused() {
        byte[] file = ImportFixtures.csv(true, List.of(ImportCheckTest.UNIT_HEADING, "5棟,5棟2單元501,5,88.5,住宅"));
        ImportFixtures.upload(other.supervisor(), site.id(), "units", file, false).then().statusCode(404);
        ImportFixtures.upload(other.admin(), site.id(), "units", file, false).then().statusCode(404);
        ImportFixtures.upload(site.desk(), site.id(), "units", file, false).then().statusCode(403);
        Api.anonymous().contentType("text/csv").body(file).post("/api/v1/sites/" + site.id() + "/imports/units")
                .then().statusCode(401);
        Api.as(other.supervisor()).get("/api/v1/sites/" + site.id() + "/exports/residents").then().statusCode(404);
        Api.as(site.desk()).get("/api/v1/sites/" + site.id() + "/exports/residents").then().statusCode(403);
        Api.as(site.desk()).get("/api/v1/imports/templates/units").then().statusCode(403);
        assertEquals(0L, units());

        long id = ImportFixtures.upload(site.supervisor(), site.id(), "units", file, true).then().statusCode(200)
                .extract().jsonPath().getLong("id");
        Api.as(other.supervisor()).get("/api/v1/imports/" + id).then().statusCode(404);
        Api.as(site.admin()).get("/api/v1/imports/" + id).then().statusCode(200).body("accepted", equalTo(1));
    }

    @Test
    void badParametersAndBodiesAreRefusedNamingWhatIsWrong() {
        byte[] file = ImportFixtures.csv(true, List.of(ImportCheckTest.UNIT_HEADING, "5棟,5棟2單元501,5,88.5,住宅"));
        Api.as(site.admin()).contentType("text/csv").body(file)
                .post("/api/v1/sites/" + site.id() + "/imports/units?dryRun=ture").then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
        Api.as(site.admin()).contentType("text/csv").body(file)
                .post("/api/v1/sites/" + site.id() + "/imports/parcels").then().statusCode(404);
        Api.as(site.admin()).contentType("application/json").body("{}")
                .post("/api/v1/sites/" + site.id() + "/imports/units").then().statusCode(415);
        Api.as(site.admin()).get("/api/v1/imports/templates/units?format=pdf").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        // The refusal names the values the parameter takes, in the reader's language.
        Api.as(site.admin()).header("Accept-Language", "en").get("/api/v1/imports/templates/units?format=pdf").then()
                .statusCode(400).body("errors[0].message", equalTo("One of: csv, xlsx"));
        Api.as(site.admin()).header("Accept-Language", "zh-TW").contentType("text/csv").body(file)
                .post("/api/v1/sites/" + site.id() + "/imports/units?dryRun=ture").then().statusCode(400)
                .body("errors[0].message", equalTo("只能是:true, false"));
        // An instant the API cannot read is refused saying what it reads.
        Api.as(site.admin()).header("Accept-Language", "zh-CN").get("/api/v1/on-call?from=tomorrow").then()
                .statusCode(400).body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("请输入 ISO-8601 时间,例如 2026-11-27T01:00:00Z"));
        Api.as(site.admin()).get("/api/v1/sites/" + site.id() + "/exports/opening-balances").then().statusCode(404);
        Api.as(site.admin()).contentType("text/csv").body(new byte[0])
                .post("/api/v1/sites/" + site.id() + "/imports/units?dryRun=false").then().statusCode(422)
                .body("refused[0].code", equalTo("EMPTY_FILE"));
        Api.as(site.admin()).contentType(FileFormat.XLSX_TYPE).body(file)
                .post("/api/v1/sites/" + site.id() + "/imports/units?dryRun=false").then().statusCode(422)
                .body("refused[0].code", equalTo("NOT_XLSX"));
        assertEquals(0L, units());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsReadWhole() throws Exception {
        // The client offers the body and waits (Expect: 100-continue): the answer comes before any of it is sent.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("/api/v1/sites/" + site.id()
                + "/imports/units?dryRun=false")).expectContinue(true)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (site.admin() + ":" + TestSites.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[9 * 1024 * 1024])).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertEquals(0L, units());
    }

    private long units() {
        return QuarkusTransaction.requiringNew().call(() -> Unit.count("siteId", site.id()));
    }
}
