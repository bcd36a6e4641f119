package steward.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * One identity document type, named the same wherever the desk checked one: a parcel handed over without its code
 * and a key lent against an ID name the document alike, in each of the three languages; and what was stored before
 * the mailroom's and the cashier's types became one (V64) still reads in the reader's language.
 */
@QuarkusTest
class IdDocumentTest {

    private static final String NEW_NAME = "{\"key\":\"msg:id_document\",\"params\":[{\"enum\":\"steward.privacy.IdDocument\",\"name\":\"%s\"}]}";

    @Inject
    TestSites sites;

    @Inject
    DataSource dataSource;

    long chen;

    @BeforeEach
    void setUp() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
    }

    @Test
    void aParcelAndALoanNameTheDocumentAlikeInEachLanguage() {
        long item = parcelHandedOverWith("PASSPORT", "B456");
        long loan = keyLentAgainst("PASSPORT", "A123");
        for (var language : Map.of("zh-TW", "護照", "zh-CN", "护照", "en", "Passport").entrySet()) {
            String handedOver = handOverDetail(item, language.getKey());
            assertTrue(handedOver.contains(language.getValue()) && handedOver.contains("B456"), handedOver);
            assertEquals(language.getValue() + " · ****A123", idHeldDetail(loan, language.getKey()));
        }
    }

    @Test
    void everyFormOffersTheSameDocumentsInTheReadersLanguage() {
        long waiting = Api.as("desk").contentType(ContentType.JSON).body(Map.of("kind", "PARCEL", "recipientResidentId", chen))
                .post("/api/v1/items").then().statusCode(201).extract().jsonPath().getLong("id");
        long unit = Api.as("desk").get("/api/v1/residents/" + chen).then().statusCode(200).extract().jsonPath()
                .getLong("units[0].id");
        Map<String, List<String>> names = Map.of(
                "zh-Hant", List.of("身分證", "居留證", "護照", "駕照", "其他證件"),
                "zh-Hans", List.of("身份证", "居留证", "护照", "驾照", "其他证件"),
                "en", List.of("National ID", "Resident permit", "Passport", "Driving licence", "Other ID"));
        for (var language : names.entrySet()) {
            Browser desk = Browser.signIn("desk").language(language.getKey());
            Browser cashier = Browser.signIn("cashier").language(language.getKey());
            assertEquals(language.getValue(), documents(desk.get("/mailroom/items/" + waiting), "idType"), "the mailroom");
            assertEquals(language.getValue(), documents(desk.get("/loans"), "depositIdType"), "lending");
            assertEquals(language.getValue(), documents(cashier.get("/cashier/units/" + unit), "idType"), "the cashier");
        }
    }

    /** The names of the documents a form's select offers, its empty choice left out. */
    private static List<String> documents(Response page, String field) {
        Element select = Jsoup.parse(page.then().statusCode(200).extract().asString())
                .selectFirst("select[name=" + field + "]");
        assertNotNull(select, field);
        return select.select("option").stream().filter(o -> !o.val().isEmpty()).map(Element::text).toList();
    }

    @Test
    void whatWasStoredUnderTheOldNamesReadsTheSameAfterTheMigration() throws Exception {
        long item = parcelHandedOverWith("NATIONAL_ID", "6789");
        long loan = keyLentAgainst("DRIVING_LICENCE", "K9Q2");
        Map<String, String> before = Map.of("item-zh", handOverDetail(item, "zh-TW"), "item-en", handOverDetail(item, "en"),
                "loan-zh", idHeldDetail(loan, "zh-TW"), "loan-en", idHeldDetail(loan, "en"));

        // As the application wrote them before V64: one message key per type in the mailroom, lending's own key
        // and the mailroom's enum class in a loan's step. The trails are append-only, so the guards are lifted
        // inside the one transaction that puts the old texts back, as the migration itself does.
        rewrite("alter table mail_custody_event disable trigger mail_custody_no_update_or_delete; "
                + "alter table loan_event disable trigger loan_event_no_update_or_delete; "
                + "update mail_custody_event set detail_text = replace(detail_text, '" + NEW_NAME.formatted("NATIONAL_ID")
                + "', '{\"key\":\"mailroom:id_NATIONAL_ID\",\"params\":[]}') where item_id = " + item + "; "
                + "update loan_event set detail = replace(replace(detail, '\"key\":\"msg:id_document\"', "
                + "'\"key\":\"lending:id_type\"'), 'steward.privacy.IdDocument', 'steward.mailroom.IdType') where loan_id = "
                + loan + "; alter table mail_custody_event enable trigger mail_custody_no_update_or_delete; "
                + "alter table loan_event enable trigger loan_event_no_update_or_delete");
        assertEquals(1, count("select count(*) from mail_custody_event where item_id = " + item
                + " and detail_text like '%mailroom:id_NATIONAL_ID%'"));
        assertEquals(1, count("select count(*) from loan_event where loan_id = " + loan
                + " and detail like '%steward.mailroom.IdType%'"));

        rewrite(migration("db/migration/V64__one_id_document.sql"));

        assertEquals(before, Map.of("item-zh", handOverDetail(item, "zh-TW"), "item-en", handOverDetail(item, "en"),
                "loan-zh", idHeldDetail(loan, "zh-TW"), "loan-en", idHeldDetail(loan, "en")));
        assertEquals(0, count("select count(*) from mail_custody_event where detail_text like '%mailroom:id\\_%'"));
        assertEquals(0, count("select count(*) from loan_event where detail like '%steward.mailroom.IdType%'"));
    }

    private long parcelHandedOverWith(String document, String last4) {
        long id = Api.as("desk").contentType(ContentType.JSON).body(Map.of("kind", "PARCEL", "recipientResidentId", chen))
                .post("/api/v1/items").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("idCheck", Map.of("type", document, "last4", last4), "receivedBy", "陳大文"))
                .post("/api/v1/items/" + id + "/handover").then().statusCode(200);
        return id;
    }

    private long keyLentAgainst(String document, String last4) {
        return Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("kind", "KEY", "description", "B 棟頂樓門鑰匙 " + UUID.randomUUID(), "residentId", chen,
                        "depositIdType", document, "depositIdLast4", last4,
                        "dueBackAt", Instant.now().plus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post("/api/v1/loans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String handOverDetail(long item, String language) {
        return Api.as("desk").header("Accept-Language", language).get("/api/v1/items/" + item + "/custody").then()
                .statusCode(200).extract().jsonPath().getString("find { it.action == 'HANDED_OVER' }.detail");
    }

    private static String idHeldDetail(long loan, String language) {
        return Api.as("desk").header("Accept-Language", language).get("/api/v1/loans/" + loan).then().statusCode(200)
                .extract().jsonPath().getString("custody.find { it.action == 'ID_HELD' }.detail");
    }

    private void rewrite(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String migration(String path) throws IOException {
        try (InputStream in = IdDocumentTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
