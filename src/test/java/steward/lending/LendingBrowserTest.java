package steward.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.Chromium;
import steward.support.TestSites;

/**
 * On a landscape tablet the desk lends a contractor the roof key against his driving licence (the due time from a
 * quick pick), sees the ID among those held, and takes the key back with the contractor's signature drawn on the
 * screen.
 */
@QuarkusTest
class LendingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        sites.ensure();
        browser = Chromium.start(1280, 800);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDeskLendsAKeyAgainstAnIdAndTakesItBackWithASignature() {
        String description = "頂樓門鑰匙 " + UUID.randomUUID().toString().substring(0, 6);
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(15));
        Chromium.signIn(browser, base, "desk");
        wait.until(ExpectedConditions.urlToBe(base + "desk"));
        browser.findElement(By.cssSelector("nav a[href='/loans']")).click();

        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.loan-form")));
        form.findElement(By.cssSelector("input[name=kind][value=KEY]")).click();
        form.findElement(By.name("description")).sendKeys(description);
        form.findElement(By.cssSelector("input[name=borrowerKind][value=CONTRACTOR]")).click();
        form.findElement(By.name("borrowerName")).sendKeys("防水工程 黃師傅");
        new Select(form.findElement(By.name("depositIdType"))).selectByValue("DRIVING_LICENCE");
        form.findElement(By.name("depositIdLast4")).sendKeys("4321");
        WebElement pick = form.findElement(By.cssSelector(".due-pick[data-fill=dueBackAt]"));
        assertTrue(pick.getSize().getHeight() >= 44, "a touch target");
        pick.click();
        assertEquals(pick.getDomAttribute("data-value"), form.findElement(By.name("dueBackAt")).getDomProperty("value"),
                "the quick pick fills the due time");
        WebElement lend = form.findElement(By.cssSelector("button[type=submit]"));
        assertTrue(lend.getSize().getHeight() >= 44, "a touch target");
        lend.click();

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tr[contains(@class,'loan')][contains(., '" + description + "')]")));
        long id = Long.parseLong(row.getDomAttribute("id").replace("loan-", ""));
        assertTrue(browser.findElement(By.id("id-held-" + id)).getText().contains("4321"), "the ID is held");

        row.findElement(By.cssSelector("a[href='/loans/" + id + "']")).click();
        WebElement pad = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("canvas.signature-pad")));
        new Actions(browser).moveToElement(pad, -150, 10).clickAndHold().moveByOffset(60, -30).moveByOffset(60, 40)
                .moveByOffset(80, -20).release().perform();
        assertTrue(browser.findElement(By.id("loan-signature")).getDomProperty("value")
                .startsWith("data:image/png;base64,"), "the signature is drawn");
        browser.findElement(By.cssSelector("#loan-actions button[type=submit].primary")).click();
        WebElement signature = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#loan-actions img.mailroom-signature-image")));
        wait.until(d -> ((Number) browser.executeScript("return arguments[0].naturalWidth", signature)).intValue() > 0);
        assertTrue(browser.findElement(By.cssSelector(".loan-custody")).getText().contains("證件還給本人"),
                "the ID went back, in the custody trail");
    }
}
