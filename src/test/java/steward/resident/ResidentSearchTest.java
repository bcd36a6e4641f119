package steward.resident;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

@QuarkusTest
class ResidentSearchTest {

    @Inject
    TestSites sites;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "陳, 陳大文",          // one character, the surname
            "大文, 陳大文",        // two characters of the given name
            "陈大文, 陳大文",      // simplified for traditional
            "王小华, 王小華",
            "cdw, 陳大文",         // pinyin initials on a Latin keyboard
            "dw, 陳大文",
            "5678, 陳大文",        // last four digits of a phone
            "0912-345-678, 陳大文", // the whole number, as typed
            "+886912345678, 陳大文",
            "0111, 王小華",        // the second phone counts too
            "5棟2單元502, 陳大文", // a unit label
            "502, 李美玲",         // part of a unit label finds every resident of it
            "B座12樓, 王大明",
    })
    void findsByAnyKey(String query, String expectedName) {
        Api.as("desk").queryParam("q", query).get("/api/v1/residents")
                .then().statusCode(200)
                .body("name", hasItem(expectedName));
    }

    @Test
    void oneCharacterFindsEveryoneWithIt() {
        List<String> names = Api.as("desk").queryParam("q", "王").get("/api/v1/residents")
                .then().statusCode(200).extract().jsonPath().getList("name");
        assertTrue(names.containsAll(List.of("王小華", "王大明")), names.toString());
        assertTrue(names.stream().allMatch(n -> n.contains("王")), names.toString());
    }

    @Test
    void resultsCarryUnitsAndAMaskedPhoneOnly() {
        Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents")
                .then().statusCode(200)
                .body("[0].name", org.hamcrest.Matchers.equalTo("陳大文"))
                .body("[0].units.label", contains("5棟2單元502"))
                .body("[0].phoneMasked", org.hamcrest.Matchers.equalTo("0912-***-678"));
    }

    @Test
    void anotherSitesResidentsAreNeverFound() {
        Api.as("desk").queryParam("q", "王五").get("/api/v1/residents")
                .then().statusCode(200).body("$", empty());
        Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "王").get("/api/v1/residents")
                .then().statusCode(200).body("name", contains("王五"));
    }

    @Test
    void nonsenseFindsNothingAndNoQueryIsEmpty() {
        Api.as("desk").queryParam("q", "zzzz%_").get("/api/v1/residents").then().statusCode(200).body("$", empty());
        Api.as("desk").queryParam("q", " ").get("/api/v1/residents").then().statusCode(200).body("$", empty());
        Api.as("desk").queryParam("q", "王".repeat(60)).get("/api/v1/residents").then().statusCode(200).body("$", empty());
        int huge = Api.as("desk").queryParam("q", "王".repeat(5000)).get("/api/v1/residents").statusCode();
        assertTrue(huge == 200 || huge == 414, "a huge query is answered, or refused as too long: " + huge);
    }

    @Test
    void unitSearch() {
        Api.as("desk").queryParam("q", "5棟2").get("/api/v1/units")
                .then().statusCode(200).body("label", everyItem(startsWith("5棟2單元")))
                .body("label", hasItem("5棟2單元502"));
        Api.as("desk").queryParam("q", "1棟1單元101").get("/api/v1/units")
                .then().statusCode(200).body("label", not(hasItem("1棟1單元101")));
    }

    @Test
    void htmxGetsTheResultsFragmentAndBrowsersTheWholePage() {
        Browser desk = Browser.signIn("desk");
        var fragment = desk.htmx("/residents?q=王");
        assertEquals(200, fragment.statusCode());
        assertTrue(fragment.header("Vary").contains("HX-Request"));
        Document html = Jsoup.parseBodyFragment(fragment.asString());
        assertTrue(html.select("html head").isEmpty() || html.select("header.topbar").isEmpty(), "a fragment, not a page");
        List<String> names = html.select(".result .name").eachText();
        assertTrue(names.containsAll(List.of("王小華", "王大明")), names.toString());
        assertTrue(html.select(".result").stream().allMatch(a -> a.attr("href").startsWith("/residents/")));

        Document page = Jsoup.parse(desk.get("/residents?q=王").asString());
        assertEquals(1, page.select("header.topbar").size());
        assertTrue(page.select(".result .name").eachText().contains("王小華"));
    }
}
