package steward.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

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
 * During a call, the desk searches 停車, answers with the first result and sees the inquiry in the log (a
 * 1280×800 tablet); at the desk in portrait, a question the book cannot answer gets the seed's apology and a
 * callback promise.
 */
@QuarkusTest
class InquiryBrowserTest {

    static final String MONTHLY_PARKING = "社區停車位可以月租嗎?";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestSites sites;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        sites.ensure();
        if (Api.as("desk").queryParam("q", MONTHLY_PARKING).get("/api/v1/answers").jsonPath().getList("$").isEmpty()) {
            AnswerFixtures.published("PARKING", MONTHLY_PARKING, "可以,月租汽車位 2,500 元,請至管理室登記排隊。",
                    List.of("月租"), List.of("停車", "車位", "泊車"));
        }
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void duringACallTheDeskAnswersWithTheFirstResultAndSeesItInTheLog() {
        signIn(1280, 800);
        browser.findElement(By.cssSelector(".nav a[href='/inquiries']")).click();
        WebElement question = wait.until(ExpectedConditions.elementToBeClickable(By.id("question")));
        assertTrue(browser.findElement(By.cssSelector("input[name=channel][value=PHONE]")).isSelected(),
                "a call is the default");
        assertTrue(question.getSize().getHeight() >= 44, "a touch target");
        question.sendKeys("停車");

        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer-result")));
        String answer = first.findElement(By.cssSelector(".answer-question")).getText();
        WebElement answerWithThis = first.findElement(By.cssSelector("button.answer-with"));
        assertTrue(answerWithThis.getSize().getHeight() >= 44, "a touch target");
        answerWithThis.click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".recorded")));
        // The log refreshes itself every 15 s: read the row inside the wait, which looks again after a swap.
        List<String> logged = wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#log .inquiry"));
            return !rows.isEmpty() && rows.get(0).findElement(By.cssSelector(".inquiry-question")).getText().equals("停車")
                    ? List.of(rows.get(0).findElement(By.cssSelector(".used-answer")).getText(), rows.get(0).getText())
                    : null;
        });
        assertTrue(logged.get(0).contains(answer), logged.get(0));
        assertTrue(logged.get(1).contains("電話"), logged.get(1));
        assertEquals("", browser.findElement(By.id("question")).getAttribute("value"), "ready for the next call");

        var latest = Api.as("supervisor").get("/api/v1/inquiries").jsonPath();
        assertEquals("停車", latest.getString("[0].question"));
        assertEquals("ANSWERED", latest.getString("[0].outcome"));
        assertEquals("desk", latest.getString("[0].recordedBy"));
    }

    @Test
    void atTheDeskAQuestionTheBookCannotAnswerIsPromisedACallback() {
        signIn(800, 1280);
        browser.get(base + "inquiries");
        browser.findElement(By.cssSelector("input[name=channel][value=DESK]")).click();
        browser.findElement(By.name("callerName")).sendKeys("周先生");
        browser.findElement(By.name("callerPhone")).sendKeys("0988 765 432");
        browser.findElement(By.id("question")).sendKeys("屋頂可以種菜嗎");

        WebElement phrase = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".not-found .phrase")));
        assertEquals("「對不起,請您稍等,我了解一下再告訴您好嗎」", phrase.getText());
        WebElement callback = browser.findElement(By.cssSelector("button.record-callback"));
        assertTrue(callback.getSize().getHeight() >= 44, "a touch target");
        callback.click();

        WebElement recorded = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".recorded")));
        assertTrue(recorded.getText().contains("屋頂可以種菜嗎"), recorded.getText());
        List<String> logged = wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#log .inquiry"));
            return !rows.isEmpty() && rows.get(0).getText().contains("屋頂可以種菜嗎")
                    ? List.of(rows.get(0).getAttribute("class"), rows.get(0).findElement(By.cssSelector(".who")).getText())
                    : null;
        });
        assertTrue(logged.get(0).contains("outcome-CALLBACK"), logged.get(0));
        assertTrue(logged.get(1).contains("周先生"), logged.get(1));
    }

    private void signIn(int width, int height) {
        browser = Chromium.start(width, height);
        wait = Chromium.waitUpTo(browser, Duration.ofSeconds(15));
        Chromium.signIn(browser, base, "desk");
        // The desk lands on its start page, the desk board.
        wait.until(ExpectedConditions.urlToBe(base + "desk"));
    }
}
