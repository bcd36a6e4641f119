package steward.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.resident.Unit;
import steward.security.AuditEvent;
import steward.support.Browser;

/**
 * The import page: templates and exports to download, a file uploaded per kind and checked in the background, its
 * report on its own page, and the confirmation, which writes once even when tapped twice at the same moment.
 */
@QuarkusTest
class ImportPagesTest {

    @Inject
    ImportFixtures fixtures;

    @Inject
    ImportWorkers workers;

    ImportFixtures.Fresh site;

    @BeforeEach
    void site() {
        site = fixtures.site("5棟");
    }

    @Test
    void thePageOffersTemplatesUploadsAndExportsInEachLanguage() {
        Browser admin = Browser.signIn(site.admin());
        for (String lang : List.of("zh-Hant", "zh-Hans", "en")) {
            Document page = Jsoup.parse(admin.request().cookie("steward-lang", lang).get("/imports").then()
                    .statusCode(200).extract().asString());
            assertEquals(3, page.select("form.imports-upload input[type=file]").size(), lang);
            assertEquals(6, page.select("a[href^=/api/v1/imports/templates/]").size(), lang);
            assertEquals(4, page.select("a[href^=/api/v1/sites/" + site.id() + "/exports/]").size(), lang);
        }
        Document en = Jsoup.parse(admin.request().cookie("steward-lang", "en").get("/imports").asString());
        assertTrue(en.select("h2").eachText().containsAll(List.of("Units", "Residents", "Opening balances")),
                en.select("h2").eachText().toString());
        Browser.signIn(site.desk()).request().get("/imports").then().statusCode(403);
    }

    @Test
    void anUploadIsCheckedItsReportShownAndAConfirmationTappedTwiceWritesOnce() throws Exception {
        Browser admin = Browser.signIn(site.admin());
        String token = admin.csrfToken();
        byte[] file = ImportFixtures.csv(true, List.of(ImportCheckTest.UNIT_HEADING, "5棟,5棟1單元101,1,70,住宅",
                "5棟,5棟1單元102,1,70,住宅", "5棟,5棟1單元103,1,70,住宅"));
        String key = UUID.randomUUID().toString();
        long id = upload(admin, token, file, key);
        assertEquals(id, upload(admin, token, file, key), "a second tap of the same upload is the same import");
        workers.await(id);

        Document report = Jsoup.parse(admin.get("/imports/" + id).then().statusCode(200).extract().asString());
        assertTrue(report.select(".imports-summary").text().contains("共 3 列:可匯入 3 列,退回 0 列"),
                report.select(".imports-summary").text());
        assertNotNull(report.selectFirst("form[action=/imports/" + id + "/confirm] button"));
        assertEquals(0L, units());

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Integer> tap = () -> {
            together.await();
            return admin.request().header("X-CSRF-TOKEN", token).post("/imports/" + id + "/confirm").statusCode();
        };
        List<Future<Integer>> taps = pool.invokeAll(List.of(tap, tap));
        pool.shutdown();
        Set<Integer> statuses = taps.stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
        assertEquals(Set.of(303, 409), statuses, "one tap confirms, the other finds it confirmed");
        workers.await(id);

        assertEquals(3L, units());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "siteId = ?1 and action = 'IMPORT' and reason = ?2", site.id(), "import " + id)));
        Document done = Jsoup.parse(admin.get("/imports/" + id).asString());
        assertTrue(done.select(".imports-done").text().contains("新增 3 筆"), done.select(".imports-done").text());
        Document list = Jsoup.parse(admin.get("/imports").asString());
        assertTrue(list.select(".imports-recent a[href=/imports/" + id + "]").size() == 1);

        ImportFixtures.Fresh other = fixtures.site("5棟");
        Browser.signIn(other.supervisor()).request().get("/imports/" + id).then().statusCode(404);
    }

    @Test
    void aRefusedFileShowsEachRowsReasonAndCannotBeConfirmed() {
        Browser supervisor = Browser.signIn(site.supervisor());
        String token = supervisor.csrfToken();
        byte[] file = ImportFixtures.csv(false, List.of(ImportCheckTest.UNIT_HEADING, "9棟,9棟1單元101,1,70,住宅"));
        long id = upload(supervisor, token, file, UUID.randomUUID().toString());
        workers.await(id);
        Document report = Jsoup.parse(supervisor.get("/imports/" + id).asString());
        assertEquals(List.of("2", "樓棟", "本小區沒有「9棟」這棟樓:請先在小區頁新增,或勾選「建立檔案中的新樓棟」"),
                report.select(".imports-refused tbody tr").first().select("td").eachText());
        assertTrue(report.select("form[action$=/confirm]").isEmpty());
        supervisor.request().header("X-CSRF-TOKEN", token).post("/imports/" + id + "/confirm").then().statusCode(409);
        assertEquals(0L, units());

        Response missing = supervisor.request().header("X-CSRF-TOKEN", token).multiPart("kind", "units")
                .multiPart("site", String.valueOf(site.id())).multiPart("key", UUID.randomUUID().toString())
                .post("/imports");
        assertEquals(400, missing.statusCode());
        assertEquals("請選擇要上傳的檔案", Jsoup.parse(missing.asString()).select("#kind-units .field-error").text());
    }

    private long upload(Browser browser, String token, byte[] file, String key) {
        Response response = browser.request().header("X-CSRF-TOKEN", token)
                .multiPart("file", "單元.csv", file, "text/csv").multiPart("kind", "units")
                .multiPart("site", String.valueOf(site.id())).multiPart("key", key).post("/imports");
        assertEquals(303, response.statusCode(), response.asString());
        String location = response.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long units() {
        return QuarkusTransaction.requiringNew().call(() -> Unit.count("siteId", site.id()));
    }
}
