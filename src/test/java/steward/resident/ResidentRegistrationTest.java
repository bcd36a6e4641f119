package steward.resident;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;

@QuarkusTest
class ResidentRegistrationTest {

    @Inject
    TestSites sites;

    long unit502;

    @BeforeEach
    void sites() {
        sites.ensure();
        unit502 = Api.as("service").queryParam("q", "5棟2單元502").get("/api/v1/units").jsonPath().getLong("[0].id");
    }

    @Test
    void registersAResidentWithChineseTextIntact() {
        String location = Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("name", "歐陽娜娜", "kind", "TENANT", "phones", List.of("0987 654 321"),
                        "unitIds", List.of(unit502), "preferredLanguage", "zh-Hans", "consentSms", true,
                        "consentSmsHow", "IN_WRITING"))
                .post("/api/v1/residents")
                .then().statusCode(201).body("name", equalTo("歐陽娜娜"))
                .body("phoneMasked", equalTo("0987-***-321"))
                .extract().header("Location");
        Api.as("service").get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body("name", equalTo("歐陽娜娜")).body("preferredLanguage", equalTo("zh-Hans"))
                .body("smsConsent.given", equalTo(true)).body("smsConsent.how", equalTo("IN_WRITING"));
        Api.as("desk").queryParam("q", "欧阳").get("/api/v1/residents").then().body("name", hasItem("歐陽娜娜"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = count();
        refuse(Map.of("name", "", "kind", "OWNER", "unitIds", List.of(unit502)), "name");
        refuse(Map.of("name", "王".repeat(10_000), "kind", "OWNER", "unitIds", List.of(unit502)), "name");
        refuse(Map.of("name", "王大同", "kind", "OWNER", "phones", List.of("12ab"), "unitIds", List.of(unit502)),
                "phones");
        refuse(Map.of("name", "王大同", "kind", "OWNER", "unitIds", List.of(999_999_999)), "unitIds");
        refuse(Map.of("name", "王大同", "kind", "LANDLORD", "unitIds", List.of(unit502)), "kind");
        refuse(Map.of("name", "王大同", "kind", "OWNER", "email", "not-an-email", "unitIds", List.of(unit502)),
                "email");
        long otherSiteUnit = Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "1棟1單元101").get("/api/v1/units")
                .jsonPath().getLong("[0].id");
        refuse(Map.of("name", "王大同", "kind", "OWNER", "unitIds", List.of(otherSiteUnit)), "unitIds");
        assertEquals(before, count(), "nothing half-written");
    }

    @Test
    void malformedJsonIsA400Problem() {
        Api.as("service").contentType(ContentType.JSON).body("{\"name\": ").post("/api/v1/residents")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private void refuse(Map<String, Object> body, String field) {
        Api.as("service").contentType(ContentType.JSON).body(body).post("/api/v1/residents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", containsString(field))
                .body("errors.field", hasItem(field));
    }

    private static long count() {
        return Api.as("service").queryParam("q", "王大同").get("/api/v1/residents").jsonPath().getList("$").size();
    }
}
