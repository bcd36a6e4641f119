package steward.complaint;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.billing.CreditRequested;
import steward.support.Api;
import steward.support.TestSites;

/** The seed's 三(三) through the API: every step, every role, other sites, bad input and illegal steps. */
@QuarkusTest
class ComplaintWorkflowTest {

    @Inject
    TestSites sites;

    @Inject
    CreditRecorder credits;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @Test
    void aComplaintIsTakenPromisedFollowedUpKeptResolvedAndReopened() {
        long id = Complaints.ofChen("樓上深夜裝修,噪音很大");
        JsonPath taken = Api.as("service").get("/api/v1/complaints/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("陳大文", taken.getString("customer"));
        assertEquals("5棟2單元502", taken.getString("unitLabel"), "a resident of one unit complains about that unit");
        assertEquals("OPEN", taken.getString("state"));
        assertEquals("RECEIVED", taken.getString("events[0].kind"));
        assertTrue(taken.getString("events[0].text").contains("已經記錄"), "the customer is told it was received");

        long promise = Complaints.promise("service", id, "明天下午五點前請工程部上樓查看並回電",
                Instant.now().plus(Duration.ofDays(1)));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("toldCustomer", "已致電告知工程部明天會去查看"))
                .post("/api/v1/complaints/" + id + "/follow-ups").then().statusCode(200)
                .body("events.kind", hasItem("FOLLOW_UP"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("assignee", "service", "department", "ENGINEERING"))
                .post("/api/v1/complaints/" + id + "/assign").then().statusCode(200)
                .body("assignee", equalTo("service")).body("department", equalTo("ENGINEERING"));

        Api.as("service").contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept").then().statusCode(200)
                .body("state", equalTo("KEPT")).body("keptOnTime", equalTo(true)).body("closedBy", equalTo("service"));

        Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("resolution", "已與樓上住戶協調,晚上十點後停工", "satisfaction", 4, "satisfactionComment", "謝謝"))
                .post("/api/v1/complaints/" + id + "/resolve").then().statusCode(200)
                .body("state", equalTo("RESOLVED")).body("satisfaction", equalTo(4))
                .body("resolution", equalTo("已與樓上住戶協調,晚上十點後停工"));
        Api.as("service").queryParam("state", "RESOLVED").get("/api/v1/complaints").then().statusCode(200)
                .body("id", hasItem((int) id));

        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "客戶來電表示仍有噪音"))
                .post("/api/v1/complaints/" + id + "/reopen").then().statusCode(200).body("state", equalTo("OPEN"))
                .body("events.kind", hasItem("REOPENED"));
    }

    @Test
    void aCallerWhoIsNotAResidentCanComplainByName() {
        Map<String, Object> body = new HashMap<>(Map.of("customerName", "路過的張先生", "customerPhone", "0911 222 333",
                "channel", "PHONE", "category", "PARKING", "severity", "LOW", "description", "大門口違規停車"));
        long id = Complaints.receive("desk", body);
        Api.as("desk").get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("customer", equalTo("路過的張先生")).body("customerPhoneMasked", equalTo("0911-***-333"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        int before = Api.as("supervisor").get("/api/v1/complaints").jsonPath().getList("$").size();
        Api.as("service").contentType(ContentType.JSON).body(Map.of("channel", "FAX", "description", " "))
                .post("/api/v1/complaints").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("channel")).body("errors.field", hasItem("category"))
                .body("errors.field", hasItem("severity")).body("errors.field", hasItem("description"))
                .body("errors.field", hasItem("residentId"));
        Api.as("service").contentType(ContentType.JSON).body("{\"residentId\": \"abc\"}").post("/api/v1/complaints")
                .then().statusCode(400).body("errors.field", hasItem("residentId"));
        Map<String, Object> otherSite = new HashMap<>(Map.of("residentId", otherSiteResident(), "channel", "DESK",
                "category", "NOISE", "severity", "LOW", "description", "x"));
        Api.as("service").contentType(ContentType.JSON).body(otherSite).post("/api/v1/complaints").then()
                .statusCode(400).body("errors.field", hasItem("residentId"));
        assertEquals(before, Api.as("supervisor").get("/api/v1/complaints").jsonPath().getList("$").size());

        long id = Complaints.ofChen("電梯按鈕故障");
        Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("what", "今天修好", "dueAt", Instant.now().minus(Duration.ofMinutes(5)).toString()))
                .post("/api/v1/complaints/" + id + "/promises").then().statusCode(400)
                .body("errors.field", hasItem("dueAt"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("what", "", "dueAt", "tomorrow"))
                .post("/api/v1/complaints/" + id + "/promises").then().statusCode(400)
                .body("errors.field", hasItem("dueAt"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("resolution", "修好了", "satisfaction", 6))
                .post("/api/v1/complaints/" + id + "/resolve").then().statusCode(400)
                .body("errors.field", hasItem("satisfaction"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/complaints/" + id + "/escalate").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("assignee", "nobody"))
                .post("/api/v1/complaints/" + id + "/assign").then().statusCode(400)
                .body("errors.field", hasItem("assignee"));
        JsonPath after = Api.as("service").get("/api/v1/complaints/" + id).jsonPath();
        assertEquals(0, after.getList("promises").size(), "no promise stored");
        assertEquals("OPEN", after.getString("state"));
        assertEquals(1, after.getList("events").size(), "nothing but the intake recorded");
    }

    @Test
    void illegalStepsAre409() {
        long id = Complaints.ofChen("垃圾未清運");
        long promise = Complaints.promise("service", id, "今晚清運", Instant.now().plus(Duration.ofHours(5)));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("resolution", "已清運"))
                .post("/api/v1/complaints/" + id + "/resolve").then().statusCode(409)
                .contentType("application/problem+json");
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", "還沒結案"))
                .post("/api/v1/complaints/" + id + "/reopen").then().statusCode(409);
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", "清潔公司人手不足,需主管協調"))
                .post("/api/v1/complaints/" + id + "/escalate").then().statusCode(200).body("state", equalTo("ESCALATED"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", "再上報一次"))
                .post("/api/v1/complaints/" + id + "/escalate").then().statusCode(409);
        Api.as("service").contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept").then().statusCode(200);
        Api.as("service").contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept").then().statusCode(409);
        Api.as("service").contentType(ContentType.JSON).body(Map.of("resolution", "已清運", "satisfaction", 5))
                .post("/api/v1/complaints/" + id + "/resolve").then().statusCode(200);
        Api.as("service").contentType(ContentType.JSON).body(Map.of("resolution", "再結一次"))
                .post("/api/v1/complaints/" + id + "/resolve").then().statusCode(409);
        Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("what", "再承諾", "dueAt", Instant.now().plus(Duration.ofDays(1)).toString()))
                .post("/api/v1/complaints/" + id + "/promises").then().statusCode(409);
    }

    @Test
    void eachRoleIsAllowedOrRefused() {
        long id = Complaints.ofChen("走廊燈不亮");
        Map<String, Object> body = Map.of("residentId", Complaints.residentId("陳大文"), "channel", "DESK",
                "category", "REPAIR", "severity", "LOW", "description", "x");
        Api.as("cashier").contentType(ContentType.JSON).body(body).post("/api/v1/complaints").then().statusCode(403)
                .contentType("application/problem+json");
        Api.as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/complaints").then().statusCode(403);
        Api.as("cashier").get("/api/v1/complaints").then().statusCode(403);
        Api.as("cashier").get("/api/v1/promises").then().statusCode(403);
        Api.as("admin").get("/api/v1/complaints/" + id).then().statusCode(200);
        Api.as("desk").get("/api/v1/complaints/" + id).then().statusCode(200);
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("resolution", "x"))
                .post("/api/v1/complaints/" + id + "/resolve").then().statusCode(403);
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("assignee", "service"))
                .post("/api/v1/complaints/" + id + "/assign").then().statusCode(403);
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("kind", "GIFT"))
                .post("/api/v1/complaints/" + id + "/compensations").then().statusCode(403);
        Api.as("service").get("/api/v1/promises/figures").then().statusCode(403);
        Api.as("desk").get("/api/v1/notifications").then().statusCode(403);
        Api.as("service").get("/api/v1/notifications").then().statusCode(403);
        Api.as("supervisor").get("/api/v1/notifications").then().statusCode(200);
        Api.anonymous().accept(ContentType.JSON).get("/api/v1/complaints").then().statusCode(401);
    }

    @Test
    void anotherSitesComplaintIsNotFound() {
        long id = Complaints.ofChen("信箱被破壞");
        long promise = Complaints.promise("service", id, "三天內更換信箱", Instant.now().plus(Duration.ofDays(3)));
        String other = TestSites.OTHER_SITE_DESK;
        Api.as(other).get("/api/v1/complaints/" + id).then().statusCode(404).contentType("application/problem+json");
        Api.as(other).contentType(ContentType.JSON).body(Map.of("toldCustomer", "x"))
                .post("/api/v1/complaints/" + id + "/follow-ups").then().statusCode(404);
        Api.as(other).contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept").then().statusCode(404);
        Api.as(other).get("/api/v1/complaints").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem((int) id)));
        Api.as(other).get("/api/v1/promises").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem((int) promise)));
        Api.as("service").get("/api/v1/complaints/999999999").then().statusCode(404);
        Api.as("service").get("/api/v1/complaints/abc").then().statusCode(404);
    }

    @Test
    void aSupervisorApprovesACreditAndTheCashiersLedgerIsAskedOnce() {
        long id = Complaints.ofChen("管理費重複扣款");
        long compensation = Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("kind", "CREDIT", "amount", "300.00", "note", "重複扣款退還"))
                .post("/api/v1/complaints/" + id + "/compensations").then().statusCode(201)
                .body("state", equalTo("PROPOSED")).extract().jsonPath().getLong("id");
        String approve = "/api/v1/complaints/" + id + "/compensations/" + compensation + "/approve";
        Api.as("service").contentType(ContentType.JSON).post(approve).then().statusCode(403);
        assertTrue(credits.forSource(compensation).isEmpty(), "nothing credited without a supervisor");

        Api.as("supervisor").contentType(ContentType.JSON).post(approve).then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("decidedBy", equalTo("supervisor"));
        Api.as("supervisor").contentType(ContentType.JSON).post(approve).then().statusCode(409);
        List<CreditRequested> fired = credits.forSource(compensation);
        assertEquals(1, fired.size());
        CreditRequested credit = fired.get(0);
        assertEquals("COMPLAINT_COMPENSATION", credit.sourceKind());
        assertEquals(0, new BigDecimal("300.00").compareTo(credit.amount()));
        long unit = Api.as("service").get("/api/v1/complaints/" + id).jsonPath().getLong("unitId");
        assertEquals(unit, credit.unitId());
        assertTrue(credit.reason().contains("#" + id), credit.reason());
    }

    @Test
    void aCreditNeedsAUnitAndAnAmount() {
        long id = Complaints.receive("service", Map.of("customerName", "訪客李小姐", "channel", "VISIT",
                "category", "STAFF_ATTITUDE", "severity", "HIGH", "description", "保全態度不佳"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("kind", "FEE_WAIVER", "amount", 100))
                .post("/api/v1/complaints/" + id + "/compensations").then().statusCode(400)
                .body("errors.field", hasItem("unitId"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("kind", "CREDIT"))
                .post("/api/v1/complaints/" + id + "/compensations").then().statusCode(400)
                .body("errors.field", hasItem("amount"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("kind", "GIFT", "amount", -5))
                .post("/api/v1/complaints/" + id + "/compensations").then().statusCode(400)
                .body("errors.field", hasItem("amount"));
        assertEquals(0, Api.as("service").get("/api/v1/complaints/" + id).jsonPath().getList("compensations").size());
        long gift = Api.as("service").contentType(ContentType.JSON).body(Map.of("kind", "GIFT", "note", "致歉水果禮盒"))
                .post("/api/v1/complaints/" + id + "/compensations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Api.as("supervisor").contentType(ContentType.JSON).post("/api/v1/complaints/" + id + "/compensations/" + gift + "/reject").then()
                .statusCode(200).body("state", equalTo("REJECTED"));
        assertTrue(credits.forSource(gift).isEmpty());
    }

    @Test
    void twoSupervisorsApprovingAtOnceCreditOnce() throws Exception {
        long id = Complaints.ofChen("停車位被佔用");
        long compensation = Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("kind", "FEE_WAIVER", "amount", "150"))
                .post("/api/v1/complaints/" + id + "/compensations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        List<Integer> statuses = concurrently(4, () -> Api.as("supervisor").contentType(ContentType.JSON)
                .post("/api/v1/complaints/" + id + "/compensations/" + compensation + "/approve").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, credits.forSource(compensation).size());
    }

    @Test
    void twoTabletsKeepingOnePromiseAtOnce() throws Exception {
        long id = Complaints.ofChen("水管漏水");
        long promise = Complaints.promise("service", id, "今天派人維修", Instant.now().plus(Duration.ofHours(3)));
        List<Integer> statuses = concurrently(4,
                () -> Api.as("service").contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void escalationGoesToTheSitesSupervisors() {
        long id = Complaints.ofChen("保全夜間未巡邏");
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("reason", "涉及保全公司合約,前台無法處理"))
                .post("/api/v1/complaints/" + id + "/escalate").then().statusCode(200)
                .body("state", equalTo("ESCALATED")).body("escalationReason", equalTo("涉及保全公司合約,前台無法處理"));
        List<Map<String, Object>> outbox = Api.as("supervisor").get("/api/v1/notifications").jsonPath().getList("$");
        assertTrue(outbox.stream().anyMatch(n -> n.get("businessKey").toString().startsWith("complaint:" + id + ":escalation:")
                && "supervisor".equals(n.get("recipient"))), "the supervisor is notified");
    }

    @Test
    void praiseIsRecordedAndCountsOnTheStaffRecord() {
        long before = praiseOf("desk");
        Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("staff", "desk", "what", "幫忙搬運包裹到家門口", "customerName", "陳大文", "thanked", true))
                .post("/api/v1/praise").then().statusCode(201).body("staff", equalTo("desk"))
                .body("thanked", equalTo(true));
        assertEquals(before + 1, praiseOf("desk"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("staff", "nobody", "what", "", "thanked", true))
                .post("/api/v1/praise").then().statusCode(400).body("errors.field", hasItem("staff"))
                .body("errors.field", hasItem("what"));
        Api.as("cashier").contentType(ContentType.JSON).body(Map.of("staff", "desk", "what", "x", "thanked", true))
                .post("/api/v1/praise").then().statusCode(403);
        assertEquals(before + 1, praiseOf("desk"), "nothing stored from refused praise");
    }

    private static long praiseOf(String staff) {
        List<Map<String, Object>> records = Api.as("supervisor").get("/api/v1/praise/records").jsonPath().getList("$");
        return records.stream().filter(r -> staff.equals(r.get("staff")))
                .mapToLong(r -> ((Number) r.get("total")).longValue()).sum();
    }

    private static long otherSiteResident() {
        return Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "王五").get("/api/v1/residents").jsonPath()
                .getLong("[0].id");
    }

    /** The same request from several tablets at the same moment. */
    static List<Integer> concurrently(int tablets, Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tablets);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < tablets; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
