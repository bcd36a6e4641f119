package steward.mailroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Chromium;
import steward.support.TestSites;

/**
 * A desk member on a 1280×800 tablet registers a parcel for 陳大文 with a photo, then hands it over with the
 * pickup code and the receiver's signature drawn on the screen.
 */
@QuarkusTest
class MailroomBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    ChromeDriver browser;
    WebDriverWait wait;
    Path photo;

    @BeforeEach
    void start() throws IOException {
        sites.ensure();
        photo = Files.createTempFile("parcel", ".jpg");
        Files.write(photo, MailroomPhotoTest.image(2400, 1800, "jpeg"));
        browser = Chromium.start(1280, 800);
        wait = Chromium.waitUpTo(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        Files.deleteIfExists(photo);
    }

    @Test
    void aParcelIsRegisteredAndHandedOverWithThePickupCodeAndASignature() {
        Chromium.signIn(browser, base, "desk");
        wait.until(ExpectedConditions.urlToBe(base + "desk"));
        browser.findElement(By.cssSelector("nav a[href='/mailroom']")).click();

        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("recipientQuery")));
        search.sendKeys("陳大文");
        WebElement chen = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[contains(@class,'desk-host')][.//span[@class='name' and text()='陳大文']]")));
        assertTrue(chen.getSize().getHeight() >= 44, "a touch target");
        chen.click();
        browser.findElement(By.id("sender")).sendKeys("黑貓宅急便");
        browser.findElement(By.id("shelf")).sendKeys("A1");
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        browser.findElement(By.cssSelector("#mailroom-panel button[type=submit]")).click();

        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pickup-code")))
                .getText().replaceAll("\\D", "");
        assertEquals(6, code.length());
        browser.findElement(By.cssSelector(".mailroom-registered a[href^='/mailroom/items/']")).click();

        WebElement pickupCode = wait.until(ExpectedConditions.elementToBeClickable(By.id("pickupCode")));
        assertTrue(browser.findElement(By.cssSelector("img.mailroom-photo")).getSize().getWidth() > 0, "the photo");
        pickupCode.sendKeys(code);
        browser.findElement(By.id("receivedBy")).sendKeys("陳大文");
        WebElement pad = browser.findElement(By.cssSelector("canvas.signature-pad"));
        new Actions(browser).moveToElement(pad, -150, 10).clickAndHold().moveByOffset(60, -30).moveByOffset(60, 40)
                .moveByOffset(80, -20).release().perform();
        assertTrue(browser.findElement(By.id("signature")).getDomProperty("value").startsWith("data:image/png;base64,"),
                "the stroke is in the hidden field");
        browser.findElement(By.cssSelector("#handover button[type=submit]")).click();

        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".mailroom-done")));
        assertTrue(done.getText().contains("陳*文"), done.getText());
        WebElement signature = browser.findElement(By.cssSelector("img.mailroom-signature-image"));
        wait.until(d -> ((Number) browser.executeScript("return arguments[0].naturalWidth", signature)).intValue() > 0);

        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/items/(\\d+).*", "$1"));
        List<String> actions = Api.as("desk").get("/api/v1/items/" + id + "/custody").jsonPath().getList("action");
        assertTrue(actions.containsAll(List.of("RECEIVED", "PHOTOGRAPHED", "HANDED_OVER")), actions.toString());
        Api.as("desk").get("/api/v1/items/" + id).then().statusCode(200)
                .body("hasSignature", org.hamcrest.Matchers.equalTo(true))
                .body("identifiedBy", org.hamcrest.Matchers.equalTo("CODE"));
    }
}
