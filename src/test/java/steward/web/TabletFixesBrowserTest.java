package steward.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.billing.CashierFixtures;
import steward.billing.FeeItem;
import steward.resident.Building;
import steward.resident.Resident;
import steward.resident.ResidentKind;
import steward.resident.Site;
import steward.resident.Unit;
import steward.support.Api;
import steward.support.Chromium;
import steward.support.TestSites;

/**
 * The small frictions of issue 16, each in the browser as the desk meets it on a tablet: the parcel's hand-over
 * sentence, the signature kept across a wrong pickup code and on the first screen of a portrait tablet, the till's
 * balance after a payment, every host found for a unit, the customer's question recorded in their words, the
 * favicon, and inputs labelled in the page's language.
 */
@QuarkusTest
class TabletFixesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures cashier;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void setUp() {
        sites.ensure();
        cashier.ensure();
        browser = Chromium.start(800, 1280);
        Chromium.viewport(browser, 800, 1280);
        wait = Chromium.waitUpTo(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWrongPickupCodeKeepsTheSignatureThePadIsOnTheFirstScreenAndTheHandOverReadsInOrder() {
        // A site of its own: the banners other tests leave on the shared site would push the pad down.
        TestSites.FreshSite site = sites.freshSite("pad");
        String desk = site.account("desk");
        JsonPath parcel = Api.as(desk).contentType(ContentType.JSON).body(Map.of("kind", "PARCEL",
                "recipientResidentId", site.residentId(), "sender", "宅配通", "shelf", "S-16", "sealed", false))
                .post("/api/v1/items").then().statusCode(201).extract().jsonPath();
        String code = parcel.getString("pickupCode");
        String wrong = code.equals("000000") ? "111111" : "000000";

        Chromium.signIn(browser, base, desk);
        wait.until(ExpectedConditions.urlToBe(base + "desk"));
        browser.get(base + "mailroom/items/" + parcel.getLong("id"));
        WebElement pad = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("canvas.signature-pad")));
        long viewport = number("return window.innerHeight");
        assertTrue(number("return arguments[0].getBoundingClientRect().bottom", pad) <= viewport,
                "the signature pad is on the first screen of a portrait tablet");
        assertTrue(number("return document.querySelector('.mailroom-handover button[type=submit]')"
                + ".getBoundingClientRect().bottom") <= viewport, "and so is the button that hands over");

        browser.findElement(By.id("pickupCode")).sendKeys(wrong);
        browser.findElement(By.id("receivedBy")).sendKeys("林小明");
        sign(pad);
        String signed = browser.findElement(By.id("signature")).getDomProperty("value");
        browser.findElement(By.cssSelector("#handover button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#handover .field-error")));

        WebElement padAgain = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("canvas.signature-pad")));
        assertEquals(signed, browser.findElement(By.id("signature")).getDomProperty("value"),
                "the signature survives the wrong code");
        wait.until(d -> number("const c = arguments[0].getContext('2d').getImageData(0, 0, arguments[0].width, "
                + "arguments[0].height).data; let ink = 0; for (let i = 3; i < c.length; i += 4) if (c[i] > 0) ink++; "
                + "return ink;", padAgain) > 0);

        WebElement codeField = browser.findElement(By.id("pickupCode"));
        codeField.clear();
        codeField.sendKeys(code);
        browser.findElement(By.cssSelector("#handover button[type=submit]")).click();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".mailroom-done")));
        assertTrue(done.getText().matches("已於 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 交付給 林\\*明"), done.getText());
    }

    @Test
    void afterAPaymentTheTillShowsWhatIsOwedNow() {
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "600", java.time.LocalDate.now().minusDays(5));
        Chromium.viewport(browser, 1280, 800);
        Chromium.signIn(browser, base, "cashier");
        wait.until(ExpectedConditions.urlToBe(base + "cashier"));
        browser.get(base + "cashier/units/" + unit.unitId());
        WebElement balance = browser.findElement(By.id("account-balance"));
        assertTrue(balance.getText().contains("600.00"), balance.getText());

        // Every charge due is chosen to begin with: the amount to pay is their total.
        assertEquals("600.00", browser.findElement(By.name("amount")).getDomProperty("value"));
        browser.findElement(By.name("tendered")).sendKeys("1000");
        browser.findElement(By.cssSelector(".pay-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".paid")));

        WebElement after = browser.findElement(By.id("account-balance"));
        assertFalse(after.getText().contains("600.00"), "the balance above the receipt is what is owed now: "
                + after.getText());
        assertTrue(after.getText().contains("已繳清"), after.getText());
        assertEquals("400.00", browser.findElement(By.cssSelector(".paid .change")).getText());
    }

    @Test
    void everyHostOfAUnitIsShownToTapWithoutAnInnerScroll() {
        // A site of its own: no other test's units or residents answer the search.
        TestSites.FreshSite site = sites.freshSite("hosts");
        String label = "9棟3單元801";
        int residents = 9;
        QuarkusTransaction.requiringNew().run(() -> {
            Site a = Site.findById(site.siteId());
            Building building = new Building();
            building.siteId = a.id;
            building.name = "9棟";
            building.persist();
            Unit unit = new Unit();
            unit.siteId = a.id;
            unit.building = building;
            unit.label = label;
            unit.floor = 8;
            unit.areaM2 = new BigDecimal("70.00");
            unit.persist();
            for (int i = 0; i < residents; i++) {
                Resident resident = new Resident();
                resident.siteId = a.id;
                resident.name = "訪" + "甲乙丙丁戊己庚辛壬".charAt(i) + "同住";
                resident.kind = i == 0 ? ResidentKind.OWNER : ResidentKind.HOUSEHOLD;
                resident.units.add(unit);
                resident.persist();
            }
        });
        Chromium.signIn(browser, base, site.account("desk"));
        wait.until(ExpectedConditions.urlToBe(base + "desk"));
        browser.findElement(By.name("hostQuery")).sendKeys(label);
        wait.until(d -> d.findElements(By.cssSelector(".desk-host")).size() >= residents);
        WebElement list = browser.findElement(By.cssSelector(".desk-hosts"));
        assertTrue(number("return arguments[0].scrollHeight - arguments[0].clientHeight", list) <= 0,
                "no inner scroll box");
        for (WebElement host : browser.findElements(By.cssSelector(".desk-host"))) {
            assertTrue(host.isDisplayed() && host.getSize().getHeight() >= 44, host.getText());
        }
    }

    @Test
    void theInquiryLogKeepsTheQuestionAsTheCustomerAskedIt() {
        String search = "停車" + UUID.randomUUID().toString().substring(0, 4);
        String asked = "請問我朋友來訪,車子可以停在哪裡?" + search;
        Chromium.signIn(browser, base, "desk");
        wait.until(ExpectedConditions.urlToBe(base + "desk"));
        browser.get(base + "inquiries");
        browser.findElement(By.id("question")).sendKeys(search);
        WebElement without = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".record-without-book")));
        browser.findElement(By.id("asked")).sendKeys(asked);
        without.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".recorded")));
        wait.until(d -> d.findElements(By.cssSelector(".inquiry-question")).stream()
                .anyMatch(q -> q.getText().equals(asked)));
        assertTrue(browser.findElements(By.cssSelector(".inquiry-question")).stream()
                .noneMatch(q -> q.getText().equals(search)), "not the search words");
    }

    @Test
    void theFaviconIsServedAndNativeInputsSpeakThePagesLanguage() {
        Api.anonymous().get("/favicon.ico").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("image/"));
        Api.anonymous().get("/favicon.svg").then().statusCode(200);

        Chromium.signIn(browser, base, "desk");
        wait.until(ExpectedConditions.urlToBe(base + "desk"));
        for (var language : List.of(Map.entry("en", "📷 Take or choose a photo"), Map.entry("zh-Hans", "📷 拍照或选择照片"),
                Map.entry("zh-Hant", "📷 拍照或選擇照片"))) {
            browser.manage().addCookie(new Cookie(Languages.COOKIE, language.getKey(), "/"));
            browser.get(base + "mailroom");
            assertEquals(language.getKey(), browser.findElement(By.tagName("html")).getDomAttribute("lang"),
                    "date and time inputs follow the document's language");
            WebElement button = browser.findElement(By.cssSelector(".file-picker-button"));
            assertEquals(language.getValue(), button.getText());
            assertTrue(button.getSize().getHeight() >= 44, "a touch target");
            assertFalse(browser.findElement(By.id("photo")).isDisplayed(), "the browser's own button is hidden");
        }
    }

    private void sign(WebElement pad) {
        new Actions(browser).moveToElement(pad, -150, 10).clickAndHold().moveByOffset(60, -30).moveByOffset(60, 40)
                .moveByOffset(80, -20).release().perform();
        assertTrue(browser.findElement(By.id("signature")).getDomProperty("value").startsWith("data:image/png;base64,"));
    }

    private long number(String script, Object... args) {
        return ((Number) browser.executeScript(script, args)).longValue();
    }
}
