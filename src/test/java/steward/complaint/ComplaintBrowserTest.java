package steward.complaint;

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
import steward.support.Api;
import steward.support.Chromium;
import steward.support.TestSites;

/**
 * Customer service on a 1280×800 tablet: a complaint taken at the desk with a promise, the promise kept, the
 * complaint resolved with the customer's satisfaction.
 */
@QuarkusTest
class ComplaintBrowserTest {

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
    void aComplaintTakenAtTheDeskWithAPromiseKeptAndResolvedWithSatisfaction() {
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(20));
        Chromium.signIn(browser, base, "service");
        wait.until(ExpectedConditions.urlToBe(base + "complaints"));

        browser.findElement(By.cssSelector("a.button[href='/complaints/new']")).click();
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.name("q")));
        search.sendKeys("陳大文");
        WebElement chen = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[contains(@class,'resident-choice')][.//span[@class='name' and text()='陳大文']]")));
        assertTrue(chen.getSize().getHeight() >= 44, "a touch target");
        chen.click();
        choose("channel", "DESK");
        choose("category", "NOISE");
        choose("severity", "MEDIUM");
        browser.findElement(By.name("description")).sendKeys("樓上每晚十一點後還在裝修,很吵");
        WebElement take = browser.findElement(By.cssSelector("form.intake button[type=submit]"));
        assertTrue(take.getSize().getHeight() >= 44, "a touch target");
        take.click();

        wait.until(ExpectedConditions.urlMatches(".*/complaints/\\d+$"));
        assertEquals("陳大文", browser.findElement(By.cssSelector("h1.resident-name")).getText());
        assertEquals("5棟2單元502", browser.findElement(By.cssSelector(".facts .unit")).getText());
        long complaint = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/complaints/(\\d+)$", "$1"));

        browser.findElement(By.name("what")).sendKeys("明天晚上八點前與樓上住戶協調並回電");
        String tomorrow = LocalDateTime.now(ZoneId.of("Asia/Taipei")).plusDays(1).withHour(20).withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.name("dueAt")), tomorrow);
        browser.findElement(By.cssSelector("form.promise-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".promise .promise-what"),
                "明天晚上八點前與樓上住戶協調並回電"));
        assertTrue(browser.findElement(By.cssSelector(".promise .due")).getText().contains(tomorrow.replace('T', ' ')));

        WebElement kept = browser.findElement(By.cssSelector(".promise-actions button.primary"));
        assertTrue(kept.getSize().getHeight() >= 44, "a touch target");
        kept.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".promise .badge"), "已兌現"));

        browser.findElement(By.name("resolution")).sendKeys("已請樓上住戶晚上十點後停工,住戶同意");
        choose("satisfaction", "5");
        browser.findElement(By.name("satisfactionComment")).sendKeys("處理很快,謝謝");
        browser.findElement(By.cssSelector("form.resolve-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaint-state"), "已結案"));
        assertTrue(browser.findElement(By.cssSelector(".satisfaction")).getText().contains("5 非常滿意"));

        var saved = Api.as("supervisor").get("/api/v1/complaints/" + complaint).jsonPath();
        assertEquals("RESOLVED", saved.getString("state"));
        assertEquals(5, saved.getInt("satisfaction"));
        assertEquals("DESK", saved.getString("channel"));
        assertEquals("KEPT", saved.getString("promises[0].state"));
        assertTrue(saved.getBoolean("promises[0].keptOnTime"));
    }

    private void choose(String name, String value) {
        WebElement label = browser.findElement(
                By.xpath("//label[contains(@class,'choice')][.//input[@name='" + name + "' and @value='" + value + "']]"));
        assertTrue(label.getSize().getHeight() >= 44, "a touch target: " + name);
        label.click();
    }
}
