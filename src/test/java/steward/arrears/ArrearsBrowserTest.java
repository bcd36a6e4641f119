package steward.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.billing.CashierFixtures;
import steward.support.Api;
import steward.support.Chromium;

/**
 * Customer service on a 1280×800 tablet: from the arrears list, a case opened, the customer telephoned and an
 * appointment to pay agreed; the cashier takes the payment and the case closes by itself.
 */
@QuarkusTest
class ArrearsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    ArrearsFixtures fixtures;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        fixtures.ensure();
        browser = Chromium.start(1280, 800);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromTheListAPhoneAppointmentThenThePaymentClosesTheCase() {
        // The largest debt of the site, so that it heads the list sorted by amount.
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("9000000", 45);
        fixtures.refresh();
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(20));
        Chromium.signIn(browser, base, "service");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));

        browser.get(base + "arrears");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("arrears-unit-" + unit.unitId())));
        assertTrue(row.findElement(By.cssSelector(".overdue")).getText().contains("9,000,000"));
        WebElement open = row.findElement(By.cssSelector("button.primary"));
        assertTrue(open.getSize().getHeight() >= 44, "a touch target");
        open.click();

        wait.until(ExpectedConditions.urlMatches(".*/arrears/cases/\\d+$"));
        long caseId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/arrears/cases/(\\d+)$", "$1"));
        assertTrue(browser.findElement(By.cssSelector(".call-script")).getText().contains("9,000,000"));
        assertEquals(unit.label(), browser.findElement(By.cssSelector("h1 .unit")).getText());

        WebElement agreed = browser.findElement(By.xpath(
                "//form[contains(@class,'phone-form')]//label[contains(@class,'choice')][.//input[@value='APPOINTMENT_AGREED']]"));
        assertTrue(agreed.getSize().getHeight() >= 44, "a touch target");
        agreed.click();
        String tomorrow = LocalDateTime.now(ZoneId.of("Asia/Taipei")).plusDays(1).withHour(15).withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        browser.executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.cssSelector(".phone-form input[name=appointmentAt]")), tomorrow);
        browser.findElement(By.cssSelector(".phone-form input[name=notes]")).sendKeys("明天下午到服務中心繳費");
        browser.findElement(By.cssSelector(".phone-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".contact-outcome"), "已約定來繳費"));
        assertTrue(browser.findElement(By.cssSelector(".contact")).getText().contains(tomorrow.replace('T', ' ')));
        assertEquals("COLLECTION", Api.as("supervisor").get("/api/v1/promises?state=OPEN").jsonPath()
                .getString("find { it.sourceId == " + caseId + " && it.source == 'COLLECTION' }.source"));

        ArrearsFixtures.pay(unit.unitId(), "9000000").then().statusCode(201);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已結案"));
        assertTrue(browser.findElement(By.cssSelector(".done")).getText().contains("繳清"));
    }
}
