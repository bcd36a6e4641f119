package steward.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Chromium;
import steward.support.TestSites;

/**
 * On a portrait tablet the desk sees who is on call on its board (one tap to dial), then checks its own desk at
 * the start of the shift: a chair left out fails, with a note and a photo from the camera, and the round is
 * recorded with its corrective promise.
 */
@QuarkusTest
class CenterBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        sites.ensure();
        browser = Chromium.start(800, 1280);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDeskSeesWhoIsOnCallAndChecksItsDeskWithAPhoto() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        // Today's on-call person, for the next hour (other tests' windows lie far in the future).
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("from", now.minusSeconds(60).toString(),
                "to", now.plus(Duration.ofHours(1)).toString(), "shifts", List.of(Map.of("username", "service",
                        "role", "PRIMARY", "phone", "0912 765 432", "startsAt", now.minusSeconds(60).toString(),
                        "endsAt", now.plus(Duration.ofHours(1)).toString()))))
                .put("/api/v1/on-call").then().statusCode(200);
        JsonPath desk = Center.desk("前台" + UUID.randomUUID().toString().substring(0, 6));
        long deskId = desk.getLong("id");
        Path photo = Files.createTempFile("chair", ".png");
        Files.write(photo, Center.image(1200, 900, "png"));

        WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(15));
        Chromium.signIn(browser, base, "desk");
        wait.until(ExpectedConditions.urlToBe(base + "desk"));

        // The panel refreshes itself every minute: each read is a wait, which looks again after a swap.
        By call = By.cssSelector("#desk-on-call a.on-call-tel[href='tel:+886912765432']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(call, "測試 service"));
        wait.until(d -> d.findElement(call).getSize().getHeight() >= 44);

        browser.findElement(By.cssSelector("nav a[href='/inspections']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("a[href='/inspections/desks/" + deskId + "/new']"))).click();
        List<WebElement> items = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.center-item"), 7));
        for (int i = 0; i < items.size(); i++) {
            WebElement verdict = items.get(i).findElement(By.cssSelector(i == 4 ? ".center-fail" : ".center-pass"));
            assertTrue(verdict.getSize().getHeight() >= 44, "a touch target");
            verdict.click();
        }
        WebElement chairs = items.get(4);
        assertTrue(chairs.getText().contains("坐椅端正"), chairs.getText());
        chairs.findElement(By.cssSelector("input[name^=note-]")).sendKeys("二號椅沒有推進桌下");
        chairs.findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toString());
        browser.findElement(By.cssSelector("form.center-round-form button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("recorded=true"));
        WebElement failed = browser.findElement(By.cssSelector(".center-result.failed"));
        assertTrue(failed.getText().contains("二號椅沒有推進桌下"), failed.getText());
        assertEquals(1, failed.findElements(By.cssSelector("a[href^='/promises']")).size(), "the corrective promise");
        assertEquals(1, failed.findElements(By.cssSelector("a[href^='/inspections/photos/']")).size(), "the photo");
        assertEquals(6, browser.findElements(By.cssSelector(".center-result.passed")).size());
    }
}
