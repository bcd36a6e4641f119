package steward.resident;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;
import steward.web.UserInput;

/**
 * Buildings and units kept by the administrator and the site's supervisor: a label is unique in its site however it
 * is spaced or typed (also when two tablets save it at once), units and buildings close instead of being deleted,
 * every change is audited, and nobody else may change them: the desk is refused, another site's supervisor finds
 * nothing.
 */
@QuarkusTest
class UnitAdminTest {

    @Inject
    TestSites sites;

    String admin;
    String supervisor;
    long site;
    long building;

    @BeforeEach
    void setUp() {
        sites.ensure();
        admin = sites.freshAccount("admin");
        site = SiteAdminTest.id(Api.as(admin).contentType(ContentType.JSON)
                .body(Map.of("code", SiteAdminTest.code(), "name", "單位測試小區", "companyName", "好管家物業",
                        "timeZone", "Asia/Taipei", "currency", "TWD", "phoneRegion", "TW"))
                .post("/api/v1/sites"));
        supervisor = sites.freshAccountOn(site, "supervisor");
        building = SiteAdminTest.id(Api.as(supervisor).contentType(ContentType.JSON).body(Map.of("name", "5棟"))
                .post("/api/v1/sites/" + site + "/buildings"));
    }

    @Test
    void aLabelThatDiffersOnlyBySpacesOrFullWidthCharactersIsTheSameUnit() {
        Response created = unit(supervisor, Map.of("label", "5棟2單元502", "floor", 5, "areaM2", "88.5"));
        created.then().statusCode(201).body("label", equalTo("5棟2單元502")).body("kind", equalTo("RESIDENTIAL"))
                .body("areaM2", equalTo(88.5f));
        assertTrue(created.header("Location").endsWith("/api/v1/units/" + created.path("id")));
        for (String same : List.of("5棟 2單元 502", "５棟２單元５０２", " 5棟2單元502 ")) {
            unit(supervisor, Map.of("label", same)).then().statusCode(400).body("errors.field", hasItem("label"))
                    .body("errors.message", hasItem(containsString("5棟2單元502")));
        }
        unit(supervisor, Map.of("label", "5棟2單元503")).then().statusCode(201);
        assertEquals(2, Api.as(supervisor).get("/api/v1/buildings/" + building + "/units").jsonPath().getList("$")
                .size(), "nothing written by the refusals");
    }

    @Test
    void twoTabletsSavingTheSameLabelAtOnceMakeOneUnitAndOneRefusal() throws Exception {
        ExecutorService tablets = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String spaced = i % 2 == 0 ? "7棟1單元101" : "7棟 1單元 101";
                saves.add(() -> unit(supervisor, Map.of("label", spaced)).statusCode());
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : tablets.invokeAll(saves)) {
                answers.add(answer.get());
            }
            assertEquals(1, answers.stream().filter(s -> s == 201).count(), answers.toString());
            assertEquals(3, answers.stream().filter(s -> s == 400).count(), answers.toString());
        } finally {
            tablets.shutdownNow();
        }
    }

    @Test
    void unitsAndBuildingsCloseInsteadOfBeingDeletedAndEveryChangeIsAudited() {
        long unit = SiteAdminTest.id(unit(admin, Map.of("label", "5棟1單元101", "floor", 1, "areaM2", "60")));
        Api.as(admin).contentType(ContentType.JSON).body(Map.of("label", "5棟1單元101", "buildingId", building,
                "floor", 1, "areaM2", "66.25", "kind", "SHOP")).put("/api/v1/units/" + unit).then().statusCode(200)
                .body("kind", equalTo("SHOP"));
        Api.as(admin).queryParam("action", "UPDATE_UNIT").get("/api/v1/audit").then()
                .body("detail", hasItem(containsString("\"kind\":{\"before\":\"RESIDENTIAL\",\"after\":\"SHOP\"}")));

        String service = sites.freshAccountOn(site, "service");
        long resident = SiteAdminTest.id(Api.as(service).contentType(ContentType.JSON)
                .body(Map.of("name", "關閉測試", "kind", "OWNER", "unitIds", List.of(unit))).post("/api/v1/residents"));
        Api.as(admin).contentType(ContentType.JSON).post("/api/v1/units/" + unit + "/close").then().statusCode(409);
        Api.as(admin).contentType(ContentType.JSON).post("/api/v1/buildings/" + building + "/close")
                .then().statusCode(409);

        Api.as(service).contentType(ContentType.JSON).body(Map.of("unitId", unit, "date", "2026-01-31"))
                .post("/api/v1/residents/" + resident + "/move-out").then().statusCode(200);
        Api.as(admin).contentType(ContentType.JSON).post("/api/v1/units/" + unit + "/close")
                .then().statusCode(200).body("closed", equalTo(true));
        Api.as(admin).get("/api/v1/units/" + unit).then().statusCode(200).body("unit.closed", equalTo(true))
                .body("occupants.name", hasItem("關閉測試"));
        Api.as(service).contentType(ContentType.JSON).body(Map.of("date", "2026-02-01", "newOwnerId", resident))
                .post("/api/v1/units/" + unit + "/owner-change").then().statusCode(409)
                .contentType("application/problem+json");
        Api.as(admin).contentType(ContentType.JSON).body(Map.of("label", "5棟1單元101", "buildingId", building,
                "kind", "SHOP")).put("/api/v1/units/" + unit).then().statusCode(409);
        Api.as(admin).contentType(ContentType.JSON).post("/api/v1/buildings/" + building + "/close")
                .then().statusCode(200).body("closed", equalTo(true));
        unit(admin, Map.of("label", "5棟9單元909")).then().statusCode(400).body("errors.field", hasItem("buildingId"));
    }

    @Test
    void onlyTheSitesAdministratorsAndSupervisorsKeepItsUnits() {
        long unit = SiteAdminTest.id(unit(supervisor, Map.of("label", "5棟3單元301")));
        for (String role : List.of("desk", "service", "cashier")) {
            String someone = sites.freshAccountOn(site, role);
            unit(someone, Map.of("label", "5棟3單元302")).then().statusCode(403);
            Api.as(someone).contentType(ContentType.JSON).body(Map.of("label", "x", "buildingId", building, "kind",
                    "SHOP")).put("/api/v1/units/" + unit).then().statusCode(403);
            Api.as(someone).get("/api/v1/units/" + unit).then().statusCode(200);
        }
        // Another site's supervisor: this site's units and buildings are not found.
        unit(TestSites.OTHER_SITE_SUPERVISOR, Map.of("label", "5棟3單元303")).then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("label", "改", "buildingId",
                building, "kind", "SHOP")).put("/api/v1/units/" + unit).then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).get("/api/v1/units/" + unit).then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("name", "改"))
                .put("/api/v1/buildings/" + building).then().statusCode(404);
        Api.as(supervisor).get("/api/v1/units/" + unit).then().body("unit.label", equalTo("5棟3單元301"));
    }

    /**
     * What the unit's rules refuse and what its state no longer allows is said in the reader's language, in the API
     * (the problem's errors and detail, by Accept-Language) and on the unit's page (by the language chosen).
     */
    @Test
    void refusalsAndConflictsAreSaidInTheReadersLanguage() {
        long unit = SiteAdminTest.id(unit(supervisor, Map.of("label", "5棟6單元601")));
        String service = sites.freshAccountOn(site, "service");
        SiteAdminTest.id(Api.as(service).contentType(ContentType.JSON)
                .body(Map.of("name", "語言測試", "kind", "OWNER", "unitIds", List.of(unit))).post("/api/v1/residents"));

        Map<String, Object> taken = Map.of("label", "5棟6單元601", "buildingId", building, "kind", "RESIDENTIAL");
        Api.as(supervisor).header("Accept-Language", "en").contentType(ContentType.JSON).body(taken)
                .post("/api/v1/sites/" + site + "/units").then().statusCode(400)
                .body("errors.find { it.field == 'label' }.message", equalTo("This unit exists already: “5棟6單元601”"));
        Api.as(supervisor).header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body(taken)
                .post("/api/v1/sites/" + site + "/units").then().statusCode(400)
                .body("errors.find { it.field == 'label' }.message", equalTo("这个单元已经存在:「5棟6單元601」"));
        Api.as(supervisor).header("Accept-Language", "en").contentType(ContentType.JSON)
                .post("/api/v1/units/" + unit + "/close").then().statusCode(409)
                .body("detail", equalTo("Residents still live in this unit: move them out first"));
        Api.as(supervisor).header("Accept-Language", "zh-CN").contentType(ContentType.JSON)
                .post("/api/v1/units/" + unit + "/close").then().statusCode(409)
                .body("detail", equalTo("还有住户住在这个单元,请先办理迁出"));

        for (String lang : List.of("en", "zh-Hans")) {
            boolean english = "en".equals(lang);
            Browser browser = Browser.signIn(supervisor).language(lang);
            Response closing = SiteAdminTest.formPost(browser, "/units/" + unit + "/close", Map.of());
            assertEquals(409, closing.statusCode());
            assertEquals(english ? "Residents still live in this unit: move them out first" : "还有住户住在这个单元,请先办理迁出",
                    Jsoup.parse(closing.asString()).selectFirst("#unit-edit p.error").text());
            Response owner = SiteAdminTest.formPost(browser, "/units/" + unit + "/owner-change",
                    Map.of("date", "0001-01-01", "newOwnerId", "new", "name", "新業主"));
            assertEquals(400, owner.statusCode());
            String year = String.valueOf(UserInput.EARLIEST_YEAR);
            assertEquals(english ? "Type a date between the years " + year + " and " + UserInput.LATEST_YEAR
                    : "日期须在 " + year + " 年至 " + UserInput.LATEST_YEAR + " 年之间",
                    Jsoup.parse(owner.asString()).selectFirst("#oc-date-error").text());
        }
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        refuse(Map.of("label", ""), "label");
        refuse(Map.of("label", "單".repeat(51)), "label");
        refuse(Map.of("label", "5棟4單元401", "floor", 999), "floor");
        refuse(Map.of("label", "5棟4單元401", "areaM2", "-3"), "areaM2");
        refuse(Map.of("label", "5棟4單元401", "areaM2", "88.125"), "areaM2");
        refuse(Map.of("label", "5棟4單元401", "kind", "CASTLE"), "kind");
        long otherBuilding = QuarkusTransaction.requiringNew().call(() -> Building.<Building>find("siteId",
                Site.findByCode(TestSites.SITE_B).id).firstResult().id);
        refuse(Map.of("label", "5棟4單元401", "buildingId", otherBuilding), "buildingId");
        Api.as(supervisor).contentType(ContentType.JSON).body(Map.of("name", "5棟"))
                .post("/api/v1/sites/" + site + "/buildings")
                        .then().statusCode(400).body("errors.field", hasItem("name"));
        assertEquals(0, Api.as(supervisor).get("/api/v1/buildings/" + building + "/units").jsonPath().getList("$").size());
    }

    private Response unit(String user, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("buildingId", building, "kind", "RESIDENTIAL"));
        body.putAll(fields);
        return Api.as(user).contentType(ContentType.JSON).body(body).post("/api/v1/sites/" + site + "/units");
    }

    private void refuse(Map<String, Object> fields, String field) {
        unit(supervisor, fields).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
