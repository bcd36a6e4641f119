package steward.mailroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;
import steward.web.Languages;
import steward.web.Photos;

/** The mailroom pages on the tablet: register (htmx), the waiting shelf with masked names, the hand-over form. */
@QuarkusTest
class MailroomPagesTest {

    /** A 1×1 PNG: what the signature pad posts, in miniature. */
    static final String SIGNATURE = "data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[] {
            (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0,
            1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89, 0, 0, 0, 0x0D, 'I', 'D', 'A', 'T', 0x78,
            (byte) 0x9C, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, (byte) 0xB4, 0, 0, 0, 0, 'I', 'E', 'N', 'D',
            (byte) 0xAE, 0x42, 0x60, (byte) 0x82 });

    @Inject
    TestSites sites;

    long chen;

    @BeforeEach
    void setUp() {
        sites.ensure();
        chen = MailroomItemTest.residentId("陳大文");
    }

    @Test
    void theMailroomIsInTheDesksNavigationAndShowsTheShelfWithMaskedNames() {
        long sealed = MailroomItemTest.register("desk", Map.of("kind", "DOCUMENT", "recipientResidentId", chen,
                "sealed", true, "description", "機密合約", "shelf", "B1")).jsonPath().getLong("id");
        Browser desk = Browser.signIn("desk");
        Document page = Jsoup.parse(desk.get("/mailroom").asString());
        assertNotNull(page.selectFirst("nav a[href=/mailroom]"), "in the navigation");
        String shelf = page.select("#waiting").text();
        assertTrue(shelf.contains("陳*文"), shelf);
        assertFalse(page.text().contains("陳大文"), "never the full name where others can see the tablet");
        assertFalse(page.text().contains("機密合約"));

        Document item = Jsoup.parse(desk.get("/mailroom/items/" + sealed).asString());
        assertTrue(item.text().contains("密封"), "sealed shows as sealed");
        assertFalse(item.text().contains("機密合約"), "never its description");
        assertFalse(item.text().contains("陳大文"));
        assertEquals(1, item.select("canvas.signature-pad").size());
        assertEquals(1, item.select("script[src=/js/mailroom.js]").size());

        Document fragment = Jsoup.parseBodyFragment(desk.htmx("/mailroom/waiting").asString());
        assertTrue(fragment.select("header.topbar").isEmpty(), "a fragment, not the page");
        assertTrue(fragment.text().contains("陳*文"));

        assertEquals(403, Browser.signIn("cashier").get("/mailroom").statusCode());
        assertEquals(404, Browser.signIn(TestSites.OTHER_SITE_DESK).get("/mailroom/items/" + sealed).statusCode());
    }

    @Test
    void registeringOnThePageShowsThePickupCodeOrTheFormWithItsErrors() {
        Browser desk = Browser.signIn("desk");
        Document recipients = Jsoup.parseBodyFragment(desk.htmx("/mailroom/recipients?recipientQuery=陳大文").asString());
        assertEquals("r:" + chen, recipients.selectFirst("input[name=recipient]").attr("value"));

        Response refused = multipart(desk).multiPart(text("kind", "PARCEL")).multiPart(text("sender", "順豐速運"))
                .post("/mailroom/items");
        assertEquals(200, refused.statusCode(), "htmx swaps only 2xx");
        Document form = Jsoup.parseBodyFragment(refused.asString());
        assertEquals("true", form.selectFirst("input[name=recipientQuery]").attr("aria-invalid"));
        assertEquals("順豐速運", form.selectFirst("input[name=sender]").attr("value"), "what was typed stays");

        Response tooLarge = multipart(desk).multiPart(text("kind", "PARCEL")).multiPart(text("recipient", "r:" + chen))
                .multiPart("photo", "big.jpg", new byte[Photos.MAX_BYTES + 10], "image/jpeg").post("/mailroom/items");
        Document photoForm = Jsoup.parseBodyFragment(tooLarge.asString());
        assertEquals("true", photoForm.selectFirst("input[name=photo]").attr("aria-invalid"));
        assertFalse(photoForm.select(".field-error").text().isBlank());

        Response created = multipart(desk).multiPart(text("kind", "PARCEL")).multiPart(text("recipient", "r:" + chen))
                .multiPart(text("sender", "順豐速運")).multiPart(text("shelf", "C2")).post("/mailroom/items");
        assertEquals(200, created.statusCode());
        Document result = Jsoup.parseBodyFragment(created.asString());
        assertTrue(result.selectFirst(".pickup-code").text().matches(".*\\d{6}.*"), result.text());
        assertNotNull(result.selectFirst("a[href^=/mailroom/items/]"));
    }

    @Test
    void theHandOverFormCountsWrongCodesAndTakesTheSignature() {
        Response created = MailroomItemTest.register("desk", Map.of("kind", "PARCEL", "recipientResidentId", chen));
        long id = created.jsonPath().getLong("id");
        String code = created.jsonPath().getString("pickupCode");
        String wrong = code.equals("000000") ? "111111" : "000000";
        Browser desk = Browser.signIn("desk");

        Response noSignature = desk.post("/mailroom/items/" + id + "/handover",
                Map.of("pickupCode", code, "receivedBy", "陳大文", "signature", ""));
        Document fragment = Jsoup.parseBodyFragment(noSignature.asString());
        assertEquals(200, noSignature.statusCode());
        assertFalse(fragment.select(".field-error").text().isBlank(), "the signature is asked for");

        Response wrongCode = desk.post("/mailroom/items/" + id + "/handover",
                Map.of("pickupCode", wrong, "receivedBy", "陳大文", "signature", SIGNATURE));
        assertTrue(Jsoup.parseBodyFragment(wrongCode.asString()).text().contains("4"), "attempts left");
        Api.as("desk").get("/api/v1/items/" + id).then().body("wrongCodes", org.hamcrest.Matchers.equalTo(1));

        Response done = desk.post("/mailroom/items/" + id + "/handover",
                Map.of("pickupCode", code, "receivedBy", "陳大文", "signature", SIGNATURE));
        assertEquals("/mailroom/items/" + id, done.header("HX-Redirect"));
        Document page = Jsoup.parse(desk.get("/mailroom/items/" + id).asString());
        assertNotNull(page.selectFirst("img.mailroom-signature-image"));
        assertTrue(page.selectFirst(".mailroom-done").text().contains("陳*文"));
        assertEquals(200, desk.request().get("/mailroom/items/" + id + "/signature").statusCode());
    }

    @Test
    void aSupervisorReleasesALockedItemOnItsPage() {
        Response created = MailroomItemTest.register("desk", Map.of("kind", "PARCEL", "recipientResidentId", chen));
        long id = created.jsonPath().getLong("id");
        String wrong = created.jsonPath().getString("pickupCode").equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            MailroomItemTest.handOver("desk", id, Map.of("pickupCode", wrong, "receivedBy", "陳大文"));
        }
        Document deskView = Jsoup.parse(Browser.signIn("desk").get("/mailroom/items/" + id).asString());
        assertTrue(deskView.select("form[action$=/release]").isEmpty(), "only a supervisor releases");
        assertEquals(403, Browser.signIn("desk").post("/mailroom/items/" + id + "/release", Map.of()).statusCode());

        Browser supervisor = Browser.signIn("supervisor");
        Document page = Jsoup.parse(supervisor.get("/mailroom/items/" + id).asString());
        assertNotNull(page.selectFirst("form[action$=/release]"));
        Response released = supervisor.post("/mailroom/items/" + id + "/release", Map.of("note", "本人持證件到場"));
        assertEquals(303, released.statusCode());
        Api.as("desk").get("/api/v1/items/" + id).then().body("status", org.hamcrest.Matchers.equalTo("WAITING"));
    }

    @Test
    void anOutboundFaxIsRegisteredAndConfirmedOnThePage() {
        Browser desk = Browser.signIn("desk");
        Document page = Jsoup.parse(desk.get("/mailroom/outbound").asString());
        assertTrue(page.text().contains("請您確認發送地址、傳真號碼、收件人和聯繫電話"), "the seed's checks, as a phrase");
        Response refused = desk.post("/mailroom/outbound", Map.of("kind", "FAX", "recipient", "r:" + chen,
                "faxNumber", "02 2345 6789", "recipientName", "王律師", "recipientPhone", "02 2345 6788", "pages", "x"));
        Document form = Jsoup.parseBodyFragment(refused.asString());
        assertEquals("true", form.selectFirst("input[name=pages]").attr("aria-invalid"));
        Document noAddress = Jsoup.parseBodyFragment(desk.post("/mailroom/outbound", Map.of("kind", "FAX",
                "recipient", "r:" + chen, "faxNumber", "02 2345 6789", "recipientName", "王律師", "recipientPhone",
                "02 2345 6788", "pages", "2")).asString());
        assertEquals("true", noAddress.selectFirst("input[name=destinationAddress]").attr("aria-invalid"),
                "a fax's destination address is asked like its number (二(六)1)");

        Response created = desk.post("/mailroom/outbound", Map.of("kind", "FAX", "recipient", "r:" + chen,
                "destinationAddress", "台北市大安區仁愛路四段1號", "faxNumber", "02 2345 6789", "recipientName", "王律師",
                "recipientPhone", "02 2345 6788", "pages", "2", "fee", "0"));
        Document table = Jsoup.parseBodyFragment(created.asString());
        assertTrue(table.select("table.mailroom-outbound").text().contains("王律師"));
        String toConfirm = table.selectFirst(".confirm-destination").text();
        assertTrue(toConfirm.contains("台北市大安區仁愛路四段1號") && toConfirm.contains("02-2345-6789"),
                "the confirmation call confirms the address and the number: " + toConfirm);
        String action = table.selectFirst("form[action$=/confirmation]").attr("action");
        assertEquals(303, desk.post(action, Map.of("reached", "true")).statusCode());
    }

    @Test
    void aColleagueAcknowledgesAnInternalItemOnItsPageAndSeesNoOtherItem() {
        long internal = MailroomItemTest.register("desk", Map.of("kind", "DOCUMENT", "recipientStaff", "cashier"))
                .jsonPath().getLong("id");
        long residents = MailroomItemTest.register("desk", Map.of("kind", "PARCEL", "recipientResidentId", chen))
                .jsonPath().getLong("id");
        Browser cashier = Browser.signIn("cashier");
        assertEquals(404, cashier.get("/mailroom/items/" + residents).statusCode(), "not theirs: not found");
        Document page = Jsoup.parse(cashier.get("/mailroom/items/" + internal).asString());
        String action = page.selectFirst("form[action$=/acknowledge]").attr("action");
        assertEquals(303, cashier.post(action, Map.of()).statusCode());
        Api.as("desk").get("/api/v1/items/" + internal).then()
                .body("status", org.hamcrest.Matchers.equalTo("HANDED_OVER"));
    }

    @Test
    void theMailroomSpeaksTheStaffMembersLanguage() {
        Browser desk = Browser.signIn("desk");
        desk.cookies().put(Languages.COOKIE, "en");
        Document english = Jsoup.parse(desk.get("/mailroom/outbound").asString());
        assertTrue(english.text().contains("Could you confirm the address, fax number, recipient and phone number"),
                english.text());
        desk.cookies().put(Languages.COOKIE, "zh-Hans");
        Document simplified = Jsoup.parse(desk.get("/mailroom").asString());
        assertTrue(simplified.select("h1").text().contains("登记收件"), simplified.select("h1").text());
    }

    /** The item's kind, status and custody steps are named by the page, in the reader's language. */
    @Test
    void anItemsKindStatusAndStepsAreInTheReadersLanguage() {
        long parcel = MailroomItemTest.register("desk", Map.of("kind", "PARCEL", "recipientResidentId", chen))
                .jsonPath().getLong("id");
        Browser desk = Browser.signIn("desk");
        desk.cookies().put(Languages.COOKIE, "en");
        Document english = Jsoup.parse(desk.get("/mailroom/items/" + parcel).asString());
        assertEquals("Parcel #" + parcel + " Waiting", english.selectFirst("h1").text());
        assertEquals("Received", english.selectFirst(".mailroom-custody tbody tr td:nth-child(2)").text());
        desk.cookies().put(Languages.COOKIE, "zh-Hans");
        Document simplified = Jsoup.parse(desk.get("/mailroom/items/" + parcel).asString());
        assertEquals("待领取", simplified.selectFirst(".item-status").text());
        desk.cookies().put(Languages.COOKIE, "zh-Hant");
        Document traditional = Jsoup.parse(desk.get("/mailroom/items/" + parcel).asString());
        assertEquals("待領取", traditional.selectFirst(".item-status").text());
    }

    private static RequestSpecification multipart(Browser browser) {
        return browser.request().header("HX-Request", "true").header("X-CSRF-TOKEN", browser.csrfToken())
                .contentType("multipart/form-data");
    }

    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).mimeType(ContentType.TEXT.toString())
                .charset("UTF-8").build();
    }
}
