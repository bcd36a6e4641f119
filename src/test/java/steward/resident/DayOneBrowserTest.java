package steward.resident;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Day one on a landscape tablet (1280×800): an administrator sets up a site, a building and a unit on the pages;
 * customer service adds a resident to the unit (typed with spaces: the same unit); the desk finds the resident and
 * registers their first visitor.
 */
@QuarkusTest
class DayOneBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        sites.ensure();
        browser = Chromium.start(1280, 800);
        wait = Chromium.waitUpTo(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorSetsUpASiteAndTheDeskReceivesItsFirstVisitor() {
        String admin = sites.freshAccount("admin");
        String code = "north-" + UUID.randomUUID().toString().substring(0, 6);
        Chromium.signIn(browser, base, admin);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(base + "sites");
        type("site-code", code);
        type("site-name", "北園小區");
        type("site-deskPhone", "02 2345 6789");
        browser.findElement(By.cssSelector("#new-site button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/sites/\\d+$"));
        Matcher id = Pattern.compile("/sites/(\\d+)$").matcher(browser.getCurrentUrl());
        assertTrue(id.find());
        long site = Long.parseLong(id.group(1));

        browser.findElement(By.cssSelector("main a[href='/sites/" + site + "/units']")).click();
        wait.until(ExpectedConditions.urlContains("/sites/" + site + "/units"));
        type("b-name", "1棟");
        browser.findElement(By.cssSelector("#new-building button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("building="));
        type("u-label", "1棟1單元101");
        type("u-floor", "1");
        type("u-area", "72.5");
        browser.findElement(By.cssSelector("#new-unit button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/units/\\d+$"));
        assertTrue(browser.findElement(By.cssSelector("h1")).getText().contains("1棟1單元101"));

        String service = sites.freshAccountOn(site, "service");
        String desk = sites.freshAccountOn(site, "desk");
        signInAs(service);
        browser.get(base + "residents/new");
        type("r-name", "周新住");
        type("r-unit", "1棟 1單元 101");
        browser.findElement(By.name("phone1")).sendKeys("0912 765 432");
        browser.findElement(By.cssSelector("#details button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/residents/\\d+$"));
        assertTrue(browser.findElement(By.cssSelector(".resident-name")).getText().contains("周新住"));
        assertTrue(browser.findElement(By.cssSelector(".units")).getText().contains("1棟1單元101"),
                "the unit typed with spaces is the unit");

        signInAs(desk);
        wait.until(ExpectedConditions.urlContains("/desk"));
        WebElement hostSearch = browser.findElement(By.id("hostQuery"));
        hostSearch.sendKeys("周新住");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[contains(@class,'desk-host')][.//span[@class='name' and text()='周新住']]"))).click();
        browser.findElement(By.id("visitorName")).sendKeys("林訪客");
        browser.findElement(By.cssSelector(".desk-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".desk-phrase-text"), "「請稍候,我馬上幫您聯繫。」"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board"), "林訪客"));
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 1280, "nothing wider than the landscape screen: " + width);
    }

    private void signInAs(String username) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, base, username);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
