package steward.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.Browser;
import steward.support.TestSites;

@QuarkusTest
class LanguageTest {

    @Inject
    TestSites sites;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @ParameterizedTest(name = "Accept-Language {0} → {1}")
    @CsvSource({
            "zh-TW, zh-Hant, 尋找住戶",
            "zh-HK, zh-Hant, 尋找住戶",
            "zh-CN, zh-Hans, 查找住户",
            "'zh-SG,zh;q=0.8', zh-Hans, 查找住户",
            "'en-US,en;q=0.9', en, Find a resident",
            "'fr-FR', zh-Hant, 尋找住戶",
    })
    void theBrowsersLanguageIsMappedToAScript(String acceptLanguage, String lang, String heading) {
        Browser browser = Browser.signIn("cashier");
        browser.cookies().remove(Languages.COOKIE);
        Document page = Jsoup.parse(browser.request().header("Accept-Language", acceptLanguage).get("/residents").asString());
        assertEquals(lang, page.selectFirst("html").attr("lang"));
        assertEquals(heading, page.selectFirst("h1").text());
    }

    @Test
    void theUsersChoiceWinsOverTheBrowserAndFollowsThemToAnotherTablet() {
        Browser tablet = Browser.signIn("supervisor");
        var switched = tablet.post("/language", Map.of("lang", "zh-Hans", "back", "/residents"));
        assertEquals(303, switched.statusCode());
        Document page = Jsoup.parse(tablet.request().header("Accept-Language", "en").get("/residents").asString());
        assertEquals("zh-Hans", page.selectFirst("html").attr("lang"));
        assertEquals("查找住户", page.selectFirst("h1").text());

        // Another tablet, an English browser: the start page brings the account's language along.
        Browser other = Browser.signIn("supervisor");
        other.cookies().remove(Languages.COOKIE);
        var start = other.request().header("Accept-Language", "en").get("/");
        other.cookies().putAll(start.cookies());
        Document after = Jsoup.parse(other.request().header("Accept-Language", "en").get("/residents").asString());
        assertEquals("查找住户", after.selectFirst("h1").text());

        tablet.post("/language", Map.of("lang", "zh-Hant", "back", "/"));
    }

    @Test
    void anUnknownLanguageIsRefused() {
        assertEquals(400, Browser.signIn("desk").post("/language", Map.of("lang", "xx")).statusCode());
    }
}
