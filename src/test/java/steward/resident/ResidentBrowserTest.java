package steward.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

/** A desk member on a 1280×800 tablet signs in, types 王, and opens a resident's file. */
@QuarkusTest
class ResidentBrowserTest {

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
    void deskFindsAResidentByOneCharacterAndOpensTheFile() {
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(15));
        Chromium.signIn(browser, base, "desk");
        // The desk's start page is the desk board; residents are one tap away in the navigation.
        wait.until(ExpectedConditions.urlToBe(base + "desk"));

        browser.findElement(By.cssSelector("nav a[href='/residents']")).click();
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.name("q")));
        assertTrue(search.getSize().getHeight() >= 44, "a touch target");
        search.sendKeys("王");

        List<WebElement> results = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".result"), 1));
        assertTrue(results.stream().allMatch(r -> r.findElement(By.cssSelector(".name")).getText().contains("王")));
        assertTrue(browser.getCurrentUrl().contains("q="), "the search is in the address, so back returns to it");
        WebElement wang = results.stream()
                .filter(r -> r.findElement(By.cssSelector(".name")).getText().equals("王小華")).findFirst().orElseThrow();
        assertTrue(wang.getSize().getHeight() >= 44, "a touch target");
        wang.click();

        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.resident-name")));
        assertEquals("王小華", name.getText());
        assertTrue(browser.findElement(By.cssSelector(".units")).getText().contains("5棟2單元301"));
        assertTrue(browser.findElement(By.cssSelector(".phone")).getText().matches("0933-\\*\\*\\*-456"));

        long residentId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/residents/(\\d+).*", "$1"));
        List<Map<String, Object>> events = ResidentFileTest.events("supervisor", residentId);
        assertEquals("desk", events.get(0).get("actor"));
        assertEquals("VIEW_RESIDENT", events.get(0).get("action"));
    }
}
