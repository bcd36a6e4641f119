package steward.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import steward.support.Api;
import steward.support.Chromium;
import steward.support.TestSites;

/**
 * A second site from the company's spreadsheets, on a desktop-sized screen: an administrator sets up the site, fills
 * the template files of units and residents, uploads each, reads the check and confirms it; then the desk of the new
 * site registers a visitor for one of the imported residents.
 */
@QuarkusTest
class ImportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    ChromeDriver browser;
    WebDriverWait wait;
    final List<Path> files = new ArrayList<>();

    @BeforeEach
    void start() {
        sites.ensure();
        browser = Chromium.start(1280, 800);
        wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void anAdministratorImportsASiteFromTheTemplatesAndTheDeskReceivesAVisitorForAnImportedResident()
            throws IOException {
        String admin = sites.freshAccount("admin");
        String code = "south-" + UUID.randomUUID().toString().substring(0, 6);
        Chromium.signIn(browser, base, admin);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(base + "sites");
        type("site-code", code);
        type("site-name", "南苑小區");
        type("site-deskPhone", "02 2345 6780");
        browser.findElement(By.cssSelector("#new-site button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/sites/\\d+$"));
        Matcher id = Pattern.compile("/sites/(\\d+)$").matcher(browser.getCurrentUrl());
        assertTrue(id.find());
        long site = Long.parseLong(id.group(1));

        // The templates, as the page's links give them, filled in: their headings, and rows like their example.
        String[] unitTemplate = template(admin, "units");
        Path units = file("units", unitTemplate[0], fill(unitTemplate[1], "7棟", "7棟1單元101"),
                fill(unitTemplate[1], "7棟", "7棟1單元102"));
        String[] residentTemplate = template(admin, "residents");
        Path residents = file("residents", residentTemplate[0],
                fill(residentTemplate[1], "周匯入", null, "7棟1單元101", "0912111222", "zhou@example.com"),
                fill(residentTemplate[1], "吳匯入", null, "7棟1單元102", "0912333444", "wu@example.com"));

        browser.findElement(By.cssSelector("main a[href='/imports?site=" + site + "']")).click();
        wait.until(ExpectedConditions.urlContains("/imports"));
        assertEquals(6, browser.findElements(By.cssSelector("a[href^='/api/v1/imports/templates/']")).size(),
                "a CSV and an XLSX template of each kind");
        browser.findElement(By.cssSelector("#kind-units input[name=createBuildings]")).click();
        importFile("units", units, 2);

        browser.get(base + "imports?site=" + site);
        importFile("residents", residents, 2);

        String desk = sites.freshAccountOn(site, "desk");
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, base, desk);
        wait.until(ExpectedConditions.urlContains("/desk"));
        browser.findElement(By.id("hostQuery")).sendKeys("周匯入");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[contains(@class,'desk-host')][.//span[@class='name' and text()='周匯入']]"))).click();
        browser.findElement(By.id("visitorName")).sendKeys("林訪客");
        browser.findElement(By.cssSelector(".desk-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".desk-phrase-text"), "「請稍候,我馬上幫您聯繫。」"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board"), "林訪客"));
    }

    /** Uploads a file on the import page, waits for the check, confirms it, and waits until it is written. */
    private void importFile(String kind, Path file, int rows) {
        browser.findElement(By.cssSelector("#kind-" + kind + " input[type=file]")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("#kind-" + kind + " button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/imports/\\d+$"));
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".imports-summary")));
        assertTrue(summary.getText().contains("可匯入 " + rows + " 列,退回 0 列"), summary.getText());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action$='/confirm'] button")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".imports-done")));
    }

    /** The heading line and the example line of a template, as the administrator downloads it (in zh-Hant). */
    private static String[] template(String user, String kind) {
        String text = new String(Api.as(user).header("Accept-Language", "zh-TW")
                .get("/api/v1/imports/templates/" + kind + "?format=csv").then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] lines = text.split("\r?\n");
        return new String[] { lines[0], lines[1] };
    }

    /** The template's example row with its first cells replaced (a null keeps the example's cell, e.g. a kind). */
    private static String fill(String example, String... first) {
        String[] cells = example.split(",", -1);
        for (int i = 0; i < first.length; i++) {
            if (first[i] != null) {
                cells[i] = first[i];
            }
        }
        return String.join(",", Arrays.asList(cells));
    }

    private Path file(String kind, String... lines) throws IOException {
        Path file = Files.createTempFile(kind + "-", ".csv");
        files.add(file);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
