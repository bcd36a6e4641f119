package steward.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.resident.Unit;

/** Units from a company's spreadsheet: checked, written once, and the same file again changes nothing. */
@QuarkusTest
class UnitImportTest {

    @Inject
    ImportFixtures fixtures;

    ImportFixtures.Fresh site;

    @BeforeEach
    void site() {
        site = fixtures.site("5棟", "6棟");
    }

    @Test
    void aCleanFileIsWrittenOnceAndAgainChangesNothing() {
        byte[] file = ImportFixtures.csv(true, List.of("樓棟,單元,樓層,面積(平方公尺),類型",
                "5棟,5棟2單元501,5,88.5,住宅", "5棟,5棟2單元502,5,90,住宅", "6棟,6棟1樓A,1,40,店面"));
        JsonPath dry = ImportFixtures.upload(site.admin(), site.id(), "units", file, true).then().log().ifValidationFails().statusCode(200)
                .body("rows", equalTo(3)).body("accepted", equalTo(3)).body("created", equalTo(3)).extract().jsonPath();
        assertEquals(List.of(), dry.getList("refused"));
        assertEquals(0L, count());

        ImportFixtures.upload(site.admin(), site.id(), "units", file, false).then().statusCode(201)
                .body("written", equalTo(true)).body("created", equalTo(3));
        assertEquals(3L, count());

        ImportFixtures.upload(site.supervisor(), site.id(), "units", file, false).then().statusCode(201)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        assertEquals(3L, count());
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> Unit.count("siteId", site.id()));
    }
}
