package steward.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.resident.Resident;
import steward.resident.Unit;
import steward.security.AuditEvent;
import steward.support.Api;

/**
 * The dry run names every refused row by line and column and writes nothing; the confirmed import writes
 * everything once; the same file, or an export of what was written, changes nothing when imported again; CSV in
 * UTF-8 with and without a byte order mark and in Big5 keeps the Chinese names, and other encodings are refused
 * by name.
 */
@QuarkusTest
class ImportCheckTest {

    static final String UNIT_HEADING = "樓棟,單元,樓層,面積(平方公尺),類型";
    static final String RESIDENT_HEADING = "姓名,身分,單元,電話,電子郵件,通知語言,同意簡訊通知,同意電子郵件通知,同意日期,同意方式,遷入日期";

    @Inject
    ImportFixtures fixtures;

    ImportFixtures.Fresh site;

    @BeforeEach
    void site() {
        site = fixtures.site("5棟", "6棟");
    }

    @Test
    void theDryRunOfUnitsNamesEachRefusedRowByLineAndColumnAndWritesNothing() {
        byte[] file = ImportFixtures.csv(true, List.of(UNIT_HEADING,
                "5棟,5棟2單元501,5,88.5,住宅",
                "9棟,9棟1單元101,1,70,住宅",
                "5棟,5棟;502,5,70,住宅",
                "5棟,５棟２單元５０１,5,88.5,住宅",
                "6棟,6棟1樓A,1,40,店面",
                "6棟,6棟1樓B,一樓,40,店面"));
        JsonPath report = ImportFixtures.upload(site.admin(), site.id(), "units", file, true).then().statusCode(200)
                .body("rows", equalTo(6)).body("accepted", equalTo(2)).body("refusedRows", equalTo(4)).extract()
                .jsonPath();
        assertEquals(Map.of(3, "樓棟", 4, "單元", 5, "單元", 7, "樓層"), refusedColumns(report));
        assertEquals("本小區沒有「9棟」這棟樓:請先在小區頁新增,或勾選「建立檔案中的新樓棟」", reason(report, 3));
        assertEquals("與第 2 列重複", reason(report, 5));
        assertEquals(0L, units());

        ImportFixtures.upload(site.admin(), site.id(), "units", file, false).then().statusCode(422)
                .body("written", equalTo(false)).body("refusedRows", equalTo(4));
        assertEquals(0L, units(), "nothing of a refused file is written");
    }

    @Test
    void theDryRunOfResidentsRefusesIdNumbersPhonesDatesDuplicatesAndUnknownUnits() {
        importUnits();
        byte[] file = ImportFixtures.csv(false, List.of(RESIDENT_HEADING,
                "王小明,業主,5棟2單元501,0912 345 001,,繁體中文,是,否,2026-01-10,書面,2020-02-29",
                "李大同 A123456789,租戶,5棟2單元501,0912345002,,,,,,,",
                "張三,業主,5棟2單元501,12345,,,,,,,",
                "陳四,家庭成員,6棟1樓A,0912345004,,,,,,,2026-02-30",
                "王小明,業主,5棟2單元501,0912-345-001,,,,,,,",
                "林五,業主,7棟1單元101,,,,,,,,",
                "趙六,租戶,6棟1樓A;5棟2單元501,0933-111-222,zhao@example.com,English,Y,Y,,,"));
        JsonPath report = ImportFixtures.upload(site.supervisor(), site.id(), "residents", file, true).then()
                .statusCode(200).body("rows", equalTo(7)).body("accepted", equalTo(2)).extract().jsonPath();
        assertEquals(Map.of(3, "姓名", 4, "電話", 5, "遷入日期", 6, "姓名", 7, "單元"), refusedColumns(report));
        assertEquals("這是完整的身分證或居留證號碼:本系統不保存證件號碼,請刪除", reason(report, 3));
        assertEquals("不是有效的電話號碼", reason(report, 4));
        assertEquals("不是存在的日期(請寫成 2026-03-31)", reason(report, 5));
        assertEquals("與第 2 列重複", reason(report, 6));
        assertEquals(0L, residents());
    }

    @Test
    void aConfirmedFileIsWrittenOnceAndItsExportImportsWithoutChanges() {
        importUnits();
        byte[] file = ImportFixtures.csv(true, List.of(RESIDENT_HEADING,
                "王小明,業主,5棟2單元501,0912 345 001,,繁體中文,是,否,2026-01-10,書面,2020-02-29",
                "趙六,租戶,6棟1樓A;5棟2單元501,0933-111-222;+852 9123 4567,zhao@example.com,English,Y,Y,,,",
                "=HYPERLINK(\"http://x\"),家庭成員,6棟1樓A,,,,,,,,"));
        ImportFixtures.upload(site.admin(), site.id(), "residents", file, false).then().statusCode(201)
                .body("created", equalTo(3));
        assertEquals(3L, residents());
        Resident zhao = QuarkusTransaction.requiringNew().call(() -> {
            Resident r = Resident.find("siteId = ?1 and name = ?2", site.id(), "趙六").firstResult();
            r.units.size();
            return r;
        });
        assertEquals(List.of("+886933111222", "+85291234567"), zhao.phones);
        assertEquals(2, zhao.units.size());
        assertTrue(zhao.consentSms && zhao.consentEmail);
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "siteId = ?1 and action = 'IMPORT_RESIDENT'", site.id())), "each resident added is audited");

        ImportFixtures.upload(site.admin(), site.id(), "residents", file, false).then().statusCode(201)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));

        for (String format : List.of("csv", "xlsx")) {
            byte[] export = Api.as(site.supervisor()).header("Accept-Language", "en")
                    .get("/api/v1/sites/" + site.id() + "/exports/residents?format=" + format).then().statusCode(200)
                    .extract().asByteArray();
            Api.as(site.admin()).contentType(format.equals("csv") ? FileFormat.CSV_TYPE : FileFormat.XLSX_TYPE)
                    .body(export).post("/api/v1/sites/" + site.id() + "/imports/residents?dryRun=false").then()
                    .statusCode(201).body("rows", equalTo(3)).body("created", equalTo(0)).body("updated", equalTo(0))
                    .body("unchanged", equalTo(3));
            byte[] units = Api.as(site.supervisor())
                    .get("/api/v1/sites/" + site.id() + "/exports/units?format=" + format).then().statusCode(200)
                    .extract().asByteArray();
            Api.as(site.admin()).contentType(format.equals("csv") ? FileFormat.CSV_TYPE : FileFormat.XLSX_TYPE)
                    .body(units).post("/api/v1/sites/" + site.id() + "/imports/units?dryRun=false").then()
                    .statusCode(201).body("unchanged", equalTo(3)).body("updated", equalTo(0));
        }
        String csv = new String(Api.as(site.supervisor())
                .get("/api/v1/sites/" + site.id() + "/exports/residents?format=csv").asByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "a formula is neutralised in the export: " + csv);
        assertTrue(csv.contains("0933111222; +85291234567") || csv.contains("0933111222; '+85291234567"), csv);
        assertEquals(3L, residents());

        String edited = csv.replace("0912345001", "0912345009");
        Api.as(site.admin()).contentType(FileFormat.CSV_TYPE).body(edited.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/sites/" + site.id() + "/imports/residents?dryRun=false").then().statusCode(201)
                .body("updated", equalTo(1)).body("unchanged", equalTo(2)).body("created", equalTo(0));
        assertEquals(3L, residents(), "an edited export changes the resident it names, never adds one");
    }

    @Test
    void utf8WithAndWithoutBomAndBig5KeepTheChineseNamesAndOtherEncodingsAreRefusedByName() {
        importUnits();
        List<String> lines = List.of(RESIDENT_HEADING, "陳大文,業主,5棟2單元501,0911000001,,,,,,,",
                "黃淑芬,租戶,5棟2單元501,0911000002,,,,,,,", "許功蓋,家庭成員,6棟1樓A,0911000003,,,,,,,");
        String text = String.join("\r\n", lines) + "\r\n";
        ImportFixtures.upload(site.admin(), site.id(), "residents", ImportFixtures.csv(true, lines), true).then()
                .statusCode(200).body("encoding", equalTo("UTF-8 (BOM)")).body("accepted", equalTo(3));
        ImportFixtures.upload(site.admin(), site.id(), "residents", ImportFixtures.csv(false, lines), true).then()
                .statusCode(200).body("encoding", equalTo("UTF-8")).body("accepted", equalTo(3));
        ImportFixtures.upload(site.admin(), site.id(), "residents", text.getBytes(Charset.forName("x-windows-950")),
                false).then().statusCode(201).body("encoding", equalTo("Big5 (CP950)")).body("created", equalTo(3));
        assertEquals(List.of("許功蓋", "陳大文", "黃淑芬"), QuarkusTransaction.requiringNew().call(() -> Resident
                .<Resident>list("siteId = ?1 order by name", site.id()).stream().map(r -> r.name).sorted().toList()));

        String simplified = String.join("\r\n", List.of("姓名,身份,单元,电话", "陈大文,业主,5棟2單元501,0911000001"));
        ImportFixtures.upload(site.admin(), site.id(), "residents", simplified.getBytes(Charset.forName("GB18030")),
                true).then().statusCode(200).body("state", equalTo("FAILED"))
                .body("refused[0].code", equalTo("ENCODING_UNKNOWN"))
                .body("refused[0].reason", equalTo("這個檔案的編碼是 GB18030 (GBK),無法正確讀取:請在 Excel 另存為"
                        + "「CSV UTF-8(逗號分隔)」或 Excel 活頁簿 (.xlsx) 再上傳"));
        ImportFixtures.upload(site.admin(), site.id(), "residents", text.getBytes(Charset.forName("UTF-16")), false)
                .then().statusCode(422).body("refused[0].reason", org.hamcrest.Matchers.startsWith("這個檔案的編碼是 UTF-16"));
        assertEquals(3L, residents(), "refused files write nothing");
    }

    @Test
    void markupInACellIsStoredAsTypedAndShownAsText() {
        importUnits();
        String name = "<img src=x onerror=alert(1)>{inject:csrf.token}";
        ImportFixtures.upload(site.admin(), site.id(), "residents", ImportFixtures.csv(true, List.of(RESIDENT_HEADING,
                "\"" + name + "\",業主,5棟2單元501,,,,,,,,")), false).then().statusCode(201);
        long id = QuarkusTransaction.requiringNew().call(() -> Resident.<Resident>find("siteId", site.id())
                .firstResult().id);
        assertEquals(name, QuarkusTransaction.requiringNew().call(() -> Resident.<Resident>findById(id).name));
        org.jsoup.nodes.Document file = org.jsoup.Jsoup.parse(steward.support.Browser.signIn(site.supervisor())
                .get("/residents/" + id).asString());
        assertTrue(file.text().contains(name), file.text());
        assertTrue(file.select("img[onerror]").isEmpty(), "the name is text, not an element");
    }

    private void importUnits() {
        ImportFixtures.upload(site.admin(), site.id(), "units", ImportFixtures.csv(true, List.of(UNIT_HEADING,
                "5棟,5棟2單元501,5,88.5,住宅", "6棟,6棟1樓A,1,40,店面", "6棟,6棟1樓B,1,40,店面")), false).then()
                .statusCode(201);
    }

    private static Map<Integer, String> refusedColumns(JsonPath report) {
        List<Map<String, Object>> refused = report.getList("refused");
        return refused.stream().collect(Collectors.toMap(r -> (Integer) r.get("line"), r -> (String) r.get("column"),
                (a, b) -> a));
    }

    private static String reason(JsonPath report, int line) {
        List<Map<String, Object>> refused = report.getList("refused");
        return refused.stream().filter(r -> ((Integer) r.get("line")) == line).map(r -> (String) r.get("reason"))
                .findFirst().orElseThrow();
    }

    private long units() {
        return QuarkusTransaction.requiringNew().call(() -> Unit.count("siteId", site.id()));
    }

    private long residents() {
        return QuarkusTransaction.requiringNew().call(() -> Resident.count("siteId", site.id()));
    }
}
