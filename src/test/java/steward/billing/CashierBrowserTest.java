package steward.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.Chromium;
import steward.support.TestSites;

/**
 * A cashier on a 1280×800 tablet: finds the unit, issues a parking card after the ID check, takes cash, sees the
 * change in large type with the phrase, and opens the printable receipt.
 */
@QuarkusTest
class CashierBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures fixtures;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        sites.ensure();
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
    void issueAParkingCardTakeCashSeeTheChangeAndOpenThePrintableReceipt() {
        CashierFixtures.FreshUnit unit = fixtures.newUnit();
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(15));
        Chromium.signIn(browser, base, "cashier");
        wait.until(ExpectedConditions.urlToBe(base + "cashier"));

        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.name("q")));
        assertTrue(search.getSize().getHeight() >= 44, "a touch target");
        search.sendKeys(unit.label());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.unit-result"))).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.unit-label"), unit.label()));

        WebElement issueForm = browser.findElement(By.cssSelector("form.issue-form"));
        issueForm.findElement(By.cssSelector("input[name=kind][value=PARKING]")).click();
        new Select(issueForm.findElement(By.name("idType"))).selectByValue("NATIONAL_ID");
        issueForm.findElement(By.name("idLast4")).sendKeys("678B");
        issueForm.findElement(By.name("plateNumber")).sendKeys("BKK-2026");
        issueForm.findElement(By.name("parkingSpace")).sendKeys("B1-088");
        WebElement issue = issueForm.findElement(By.cssSelector("button[type=submit]"));
        assertTrue(issue.getSize().getHeight() >= 44, "a touch target");
        issue.click();

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice-ok")));
        assertTrue(notice.getText().contains("已發卡"));
        assertEquals("600.00", browser.findElement(By.name("amount")).getAttribute("value"), "card 100 and deposit 500");
        browser.findElement(By.name("tendered")).sendKeys("1000");
        WebElement pay = browser.findElement(By.cssSelector("form.pay-form button[type=submit]"));
        assertTrue(pay.getSize().getHeight() >= 44, "a touch target");
        pay.click();

        WebElement change = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".paid .change")));
        assertEquals("400.00", change.getText());
        double changeSize = Double.parseDouble(change.getCssValue("font-size").replace("px", ""));
        assertTrue(changeSize >= 48, "the change in large type: " + changeSize);
        assertTrue(browser.findElement(By.cssSelector(".paid .big-phrase")).getText().contains("這是您的發票和零錢,請收好"));
        String receiptNo = browser.findElement(By.cssSelector(".paid .receipt-no strong")).getText();

        browser.findElement(By.xpath("//button[contains(., '80mm')]")).click();
        WebElement receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.receipt")));
        assertTrue(receipt.getAttribute("class").contains("paper-THERMAL_80MM"));
        assertEquals(receiptNo, receipt.findElement(By.cssSelector(".receipt-no")).getText());
        assertEquals("正本", receipt.findElement(By.cssSelector(".original-mark")).getText());
        assertTrue(receipt.getText().contains(unit.label()));
        assertTrue(receipt.getText().contains("400.00"));
        assertTrue(browser.findElement(By.cssSelector("[data-print]")).isDisplayed());
    }
}
