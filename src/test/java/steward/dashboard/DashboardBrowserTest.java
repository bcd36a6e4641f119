package steward.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

/** A supervisor on a portrait tablet lands on the dashboard, reads a chart and taps a number to its records. */
@QuarkusTest
class DashboardBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    @Inject
    DashboardData data;

    ChromeDriver browser;
    DashboardData.GeneratedSite site;

    @BeforeEach
    void start() {
        sites.ensure();
        site = data.site("dash-ui-" + UUID.randomUUID().toString().substring(0, 8), 10);
        Instant now = Instant.now();
        data.history(site, LocalDate.now(DashboardData.ZONE), 3, new DashboardData.Volume(4, 5, 3, 1, 3, 1), now, 7L);
        browser = Chromium.start(800, 1280);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSupervisorLandsOnTheDashboardAndTapsAFigureToItsRecords() {
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(15));
        Chromium.signIn(browser, base, site.supervisor());
        wait.until(ExpectedConditions.urlToBe(base + "dashboard"));

        List<WebElement> sections = browser.findElements(By.cssSelector(".dashboard-section"));
        assertEquals(24, sections.size(), "twelve sections, today and this month");
        assertTrue(sections.get(0).isDisplayed());
        WebElement visitors = browser.findElement(
                By.cssSelector("[data-period=month][data-section=visitors] li[data-figure=all] a"));
        assertTrue(visitors.getSize().getHeight() >= 44, "a touch target");
        long shown = Long.parseLong(visitors.findElement(By.cssSelector(".figure-count")).getText());
        assertTrue(shown > 0);
        visitors.click();

        wait.until(ExpectedConditions.urlContains("/dashboard/visitors/all"));
        assertEquals(shown, browser.findElements(By.cssSelector("tr.list-item")).size());
        browser.findElement(By.cssSelector(".dashboard-list a.button")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard?date="));

        // Another date: htmx swaps the figures in place and keeps the date in the address.
        WebElement date = browser.findElement(By.id("dashboard-date"));
        browser.executeScript("arguments[0].value = '2020-01-15'", date);
        browser.findElement(By.cssSelector(".dashboard-date button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("dashboard-figures"), "data-date", "2020-01-15"));
        assertEquals("0", browser.findElement(
                By.cssSelector("[data-period=month][data-section=visitors] li[data-figure=all] .figure-count")).getText());
        assertTrue(browser.getCurrentUrl().contains("date=2020-01-15"));
    }

    @Test
    void onALandscapeTabletTodaysFiguresAreAllOnTheFirstScreen() {
        Chromium.viewport(browser, 1280, 800);
        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(15));
        Chromium.signIn(browser, base, site.supervisor());
        wait.until(ExpectedConditions.urlToBe(base + "dashboard"));

        long viewport = ((Number) browser.executeScript("return window.innerHeight")).longValue();
        List<WebElement> today = browser.findElements(By.cssSelector("[data-period=today] li[data-figure] a"));
        assertTrue(today.size() >= 18, "every figure of today's twelve sections: " + today.size());
        for (WebElement figure : today) {
            long bottom = ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom",
                    figure)).longValue();
            assertTrue(bottom <= viewport, figure.getAttribute("aria-label") + " ends at " + bottom + " of " + viewport);
            assertTrue(figure.getSize().getHeight() >= 44 && figure.getSize().getWidth() >= 44, "a touch target");
        }
    }
}
