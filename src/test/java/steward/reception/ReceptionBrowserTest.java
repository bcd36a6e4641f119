package steward.reception;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.Chromium;
import steward.support.TestSites;

/**
 * A desk member on a portrait tablet (800×1280) receives a walk-in visitor: whom they visit, their name,
 * registered, the host confirms, the visitor is directed and seen off. Besides typing, at most six taps.
 */
@QuarkusTest
class ReceptionBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    ChromeDriver browser;
    WebDriverWait wait;
    int taps;

    @BeforeEach
    void start() {
        sites.ensure();
        browser = Chromium.start(800, 1280);
        wait = Chromium.waitUpTo(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWalkInVisitorFromGreetingToFarewellInSixTapsAtMost() {
        Chromium.signIn(browser, base, "desk");
        wait.until(ExpectedConditions.urlToBe(base + "desk"));
        assertEquals("「您好,有什麼可以幫到您嗎?」", phrase());

        // Whom do they visit? The search field has the focus: the desk types, then taps the resident.
        WebElement hostSearch = browser.findElement(By.id("hostQuery"));
        assertEquals(hostSearch, browser.switchTo().activeElement(), "the first question has the focus");
        hostSearch.sendKeys("陳大文");
        WebElement chen = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[contains(@class,'desk-host')][.//span[@class='name' and text()='陳大文']]")));
        tap(chen);

        WebElement name = browser.findElement(By.id("visitorName"));
        tap(name);
        name.sendKeys("林");
        tap(browser.findElement(By.cssSelector(".desk-submit")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".desk-phrase-text"), "「請稍候,我馬上幫您聯繫。」"));

        tap(browser.findElement(By.cssSelector("button[name=outcome][value=CONFIRMED]")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".desk-phrase-text"),
                "「讓您久等了,您要找的客人在 5棟2單元502。」"));
        // The board refreshes itself every 5 s: the wait reads it again after a swap.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-column=admitted] .desk-card"), "林"));

        tap(browser.findElement(By.cssSelector(".desk-checkout")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".desk-phrase-text"), "「請慢走,歡迎您再來。」"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-column=left]"), "林"));

        assertTrue(taps <= 6, "besides typing, " + taps + " taps");
        Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(pageWidth.intValue() <= 800, "nothing wider than the portrait screen: " + pageWidth);
        WebElement panel = browser.findElement(By.id("panel"));
        WebElement board = browser.findElement(By.id("board"));
        assertTrue(panel.getRect().getY() < board.getRect().getY(), "one column in portrait: the panel above the board");
    }

    private void tap(WebElement target) {
        assertTrue(target.getSize().getHeight() >= 44, "a touch target: " + target.getText());
        target.click();
        taps++;
    }

    private String phrase() {
        return browser.findElement(By.cssSelector(".desk-phrase-text")).getText();
    }
}
