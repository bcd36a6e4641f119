package steward.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system's packages (chromium and chromium-driver), never a browser
 * downloaded by a test tool. Without it the browser tests skip and say so, unless the build was started with
 * {@code -Dbrowser-tests.required=true} (as CI does), where a missing browser fails the build.
 */
public final class Chromium {

    private static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    public static ChromeDriver start(int width, int height) {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!present) {
            String message = "Chromium or chromedriver not installed at " + BROWSER + " / " + DRIVER
                    + " (apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("browser-tests.required")) {
                Assertions.fail(message);
            }
            Assumptions.abort("Skipping browser test: " + message);
        }
        try {
            Path profile = Files.createTempDirectory("steward-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=zh-TW", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height);
            // The console (errors, Content-Security-Policy violations) for the tests that read it.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's viewport as a tablet's screen, exactly width × height CSS pixels (a window of that size would keep
     * some of it for the browser's own bars).
     */
    public static void viewport(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * A wait that looks again when htmx swapped the element between finding it and reading it: a swap replaces the
     * node, and the element found a moment earlier is stale, not wrong.
     */
    public static WebDriverWait waitUpTo(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Signs in through the sign-in page as a person would; the caller waits for the start page it expects. */
    public static void signIn(WebDriver browser, URL base, String username) {
        browser.get(base + "login");
        browser.findElement(By.name("j_username")).sendKeys(username);
        browser.findElement(By.name("j_password")).sendKeys(TestSites.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
    }
}
