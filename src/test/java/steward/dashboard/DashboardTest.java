package steward.dashboard;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * The supervisor's dashboard on generated history of a site of its own: each figure equals both the count the
 * test makes of the generated rows and the length of the list it links to.
 */
@QuarkusTest
class DashboardTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 18);
    static final Instant NOW = DAY.atTime(LocalTime.of(15, 0)).atZone(DashboardData.ZONE).toInstant();

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    DashboardData data;

    static DashboardData.GeneratedSite site;

    @BeforeEach
    void generate() {
        sites.ensure();
        clock.set(NOW);
        if (site == null) {
            site = data.site("dash-" + UUID.randomUUID().toString().substring(0, 8), 40);
            // From mid-February to the day: last month, this month before the day, and the day itself.
            data.history(site, DAY, 31, new DashboardData.Volume(6, 8, 5, 3, 5, 1), NOW, 20260318L);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyFigureEqualsTheListItLinksToAndTheGeneratedRows() {
        JsonPath dashboard = Api.as(site.supervisor()).queryParam("date", DAY.toString()).get("/api/v1/dashboard")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(DAY.toString(), dashboard.getString("date"));
        Browser supervisor = Browser.signIn(site.supervisor());
        int followed = 0;
        for (String period : List.of("today", "month")) {
            List<Map<String, Object>> sections = dashboard.getList(period);
            assertEquals(List.of("visitors", "calls", "inquiries", "complaints", "surveys", "promises", "payments",
                    "collection", "inspections", "self_inspections", "call_outs", "handovers"),
                    sections.stream().map(s -> s.get("key")).toList());
            for (Map<String, Object> section : sections) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> figures = (List<Map<String, Object>>) section.get("figures");
                for (Map<String, Object> figure : figures) {
                    String link = (String) figure.get("link");
                    long count = ((Number) figure.get("count")).longValue();
                    Document list = Jsoup.parse(supervisor.get(link).then().statusCode(200).extract().asString());
                    assertEquals(count, list.select("tr.list-item").size(), period + " " + link);
                    JsonPath json = Api.as(site.supervisor()).get("/api/v1" + link).then().statusCode(200).extract()
                            .jsonPath();
                    assertEquals(count, json.getLong("count"), link);
                    assertEquals(count, json.getList("items").size(), link);
                    followed++;
                }
            }
        }
        assertEquals(2 * (6 + 5 + 4 + 6 + 10 + 3 + 5 + 3 + 3 + 4 + 4 + 5), followed);

        // The figures against the generated rows, counted here without the dashboard's SQL.
        Window today = Window.of(Window.Period.TODAY, DAY, DashboardData.ZONE, NOW);
        Window month = Window.of(Window.Period.MONTH, DAY, DashboardData.ZONE, NOW);
        for (Window w : List.of(today, month)) {
            String p = w.period().param();
            assertEquals(data.count("visit", w.from(), w.to(), r -> true), figure(dashboard, p, "visitors", "all"));
            assertEquals(data.count("visit", w.from(), w.to(), r -> "ABSENT".equals(r.outcome())),
                    figure(dashboard, p, "visitors", "absent"));
            assertEquals(data.count("visit", w.from(), w.to(), r -> r.outcome() == null),
                    figure(dashboard, p, "visitors", "unanswered"));
            assertEquals(data.count("call", w.from(), w.to(), r -> r.number() <= 3),
                    figure(dashboard, p, "calls", "within_three_rings"));
            assertEquals(0L, figure(dashboard, p, "calls", "measured"), "rings typed at the desk: self-reported");
            assertEquals(data.count("inquiry", w.from(), w.to(), r -> "ANSWERED".equals(r.outcome())),
                    figure(dashboard, p, "inquiries", "from_book"));
            assertEquals(data.count("inquiry", w.from(), w.to(), r -> "ANSWERED_WITHOUT_BOOK".equals(r.outcome())),
                    figure(dashboard, p, "inquiries", "without_book"));
            assertEquals(data.count("complaint", w.from(), w.to(), r -> !"RESOLVED".equals(r.outcome())),
                    figure(dashboard, p, "complaints", "open"));
            assertEquals(data.count("complaint", w.from(), w.to(), r -> r.number() >= 4),
                    figure(dashboard, p, "complaints", "satisfied"));
            assertEquals(data.count("promise", w.from(), w.to(), r -> "KEPT_ON_TIME".equals(r.outcome())),
                    figure(dashboard, p, "promises", "kept_on_time"));
            assertEquals(data.count("promise", w.from(), w.to(), r -> "OVERDUE".equals(r.outcome())),
                    figure(dashboard, p, "promises", "overdue"));
            assertEquals(data.count("payment", w.from(), w.to(), r -> "CASH".equals(r.outcome())),
                    figure(dashboard, p, "payments", "cash"));
        }
        assertTrue(figure(dashboard, "month", "visitors", "all") > figure(dashboard, "today", "visitors", "all"));

        // A share says of what: calls within three rings out of all calls.
        Map<String, Object> rings = find(dashboard, "month", "calls", "within_three_rings");
        assertEquals(figure(dashboard, "month", "calls", "all"), ((Number) rings.get("outOf")).longValue());
        assertNotNull(rings.get("percent"));
        assertNotNull(find(dashboard, "month", "payments", "cash").get("amount"));
    }

    @Test
    void theStaffTableCountsEachMembersRecordsAndLinksToThem() {
        JsonPath dashboard = Api.as(site.supervisor()).queryParam("date", DAY.toString()).get("/api/v1/dashboard")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("calls", "visitors", "promises_kept", "praise", "complaints_about", "surveys_sent",
                "surveys_answered", "residents_satisfied"), dashboard.getList("staffColumns.key"));
        Window month = Window.of(Window.Period.MONTH, DAY, DashboardData.ZONE, NOW);
        Map<String, Long> calls = data.perStaff("call", month.from(), month.to(), r -> true);
        Map<String, Long> praise = data.perStaff("praise", month.from(), month.to(), r -> true);
        Map<String, Long> kept = data.perStaff("promise", month.from(), month.to(), r -> "KEPT_ON_TIME".equals(r.outcome()));
        Map<String, Long> complainedAbout = data.perStaff("complaint_about", month.from(), month.to(), r -> true);
        assertFalse(complainedAbout.isEmpty());
        List<Map<String, Object>> rows = dashboard.getList("staff");
        assertFalse(rows.isEmpty());
        for (Map<String, Object> row : rows) {
            String username = (String) row.get("username");
            @SuppressWarnings("unchecked")
            Map<String, Number> counts = (Map<String, Number>) row.get("counts");
            assertEquals(calls.getOrDefault(username, 0L), value(counts, "calls"), username);
            assertEquals(praise.getOrDefault(username, 0L), value(counts, "praise"), username);
            assertEquals(kept.getOrDefault(username, 0L), value(counts, "promises_kept"), username);
            assertEquals(complainedAbout.getOrDefault(username, 0L), value(counts, "complaints_about"), username);
        }

        Browser supervisor = Browser.signIn(site.supervisor());
        Document page = Jsoup.parse(supervisor.get("/dashboard?date=" + DAY).asString());
        for (Element cell : page.select(".dashboard-staff td[data-column] a")) {
            long shown = Long.parseLong(cell.text());
            Document list = Jsoup.parse(supervisor.get(cell.attr("href")).then().statusCode(200).extract().asString());
            assertEquals(shown, list.select("tr.list-item").size(), cell.attr("href"));
        }
        assertFalse(page.select(".dashboard-staff td[data-column] a").isEmpty());
        assertFalse(page.select(".dashboard-staff td[data-column=complaints_about] a").isEmpty());
    }

    @Test
    void theDashboardIsTheSupervisorsStartPageWithEachFigureOnceAndItsBarInSvg() {
        Browser supervisor = Browser.signIn(site.supervisor());
        Response home = supervisor.get("/");
        assertEquals(303, home.statusCode());
        assertTrue(home.header("Location").endsWith("/dashboard"), home.header("Location"));

        Document page = Jsoup.parse(supervisor.get("/dashboard?date=" + DAY).asString());
        assertEquals(24, page.select(".dashboard-section").size(), "twelve sections, today and this month");
        Element calls = page.selectFirst("[data-period=today][data-section=calls]");
        assertEquals("電話", calls.selectFirst("h3").text());
        // Each figure once: a tile with its label, its number written, and its bar drawn in SVG under it.
        for (Element section : page.select(".dashboard-section")) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (Element figure : section.select("li[data-figure]")) {
                assertTrue(keys.add(figure.attr("data-figure")), "once: " + figure.attr("data-figure"));
                assertEquals(1, figure.select("a .figure-count").size());
                assertEquals(1, figure.select("a svg.figure-bar rect.chart-bar").size());
            }
        }
        assertEquals(page.select("li[data-figure]").size(), page.select(".figure-count").size(),
                "no number appears twice (a chart and a list)");
        Element visitors = page.selectFirst("[data-period=month][data-section=visitors] li[data-figure=all] a");
        assertTrue(visitors.attr("href").startsWith("/dashboard/visitors/all?date=2026-03-18&period=month"));

        // The inspections open their own history over the same days, with the pass rate per desk and shift.
        assertEquals("/inspections/history?from=2026-03-01&to=2026-03-31",
                page.selectFirst("[data-period=month][data-section=inspections] h3 a").attr("href"));
        assertEquals("/inspections/history?from=2026-03-18&to=2026-03-18",
                page.selectFirst("[data-period=today][data-section=inspections] h3 a").attr("href"));

        // htmx swaps only the figures when the date changes.
        Response fragment = supervisor.request().header("HX-Request", "true").get("/dashboard?date=2026-02-20");
        assertEquals(200, fragment.statusCode());
        assertFalse(fragment.asString().contains("<html"));
        Document figures = Jsoup.parse(fragment.asString());
        assertEquals("2026-02-20", figures.selectFirst("#dashboard-figures").attr("data-date"));

        // In English.
        supervisor.cookies().put("steward-lang", "en");
        Response english = supervisor.get("/dashboard?date=" + DAY);
        assertTrue(english.asString().contains("Answered within three rings"));
    }

    @Test
    void aBadDateOrPeriodIsRefusedNamingTheField() {
        Api.as(site.supervisor()).queryParam("date", "18/03/2026").get("/api/v1/dashboard").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("date"));
        Api.as(site.supervisor()).queryParam("period", "year").get("/api/v1/dashboard/calls/all").then()
                .statusCode(400).body("errors.field", hasItem("period"));
        Api.as(site.supervisor()).get("/api/v1/dashboard/calls/nothing").then().statusCode(404);
        Api.as(site.supervisor()).get("/api/v1/dashboard/nothing/all").then().statusCode(404);

        Browser supervisor = Browser.signIn(site.supervisor());
        Response page = supervisor.request().header("HX-Request", "true").get("/dashboard?date=not-a-date");
        assertEquals(200, page.statusCode());
        Document form = Jsoup.parse(page.asString());
        assertEquals("請輸入日期,例如 2026-11-27", form.selectFirst(".field-error").text());
        assertEquals(400, supervisor.get("/dashboard?date=2026-13-01").statusCode());
    }

    @Test
    void onlySupervisorsAndAdminsSeeItAndOnlySupervisorsSeeStaff() {
        for (String role : List.of("desk", "service", "cashier")) {
            Api.as(role).get("/api/v1/dashboard").then().statusCode(403);
            assertEquals(403, Browser.signIn(role).get("/dashboard").statusCode(), role);
        }
        JsonPath admin = Api.as(site.admin()).queryParam("date", DAY.toString()).get("/api/v1/dashboard").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(admin.getList("staff").isEmpty());
        assertTrue(admin.getList("staffColumns").isEmpty());
        Api.as(site.admin()).get("/api/v1/dashboard/staff/calls/" + site.staff().get(0)).then().statusCode(403);
        assertNull(Jsoup.parse(Browser.signIn(site.admin()).get("/dashboard?date=" + DAY).asString())
                .selectFirst(".dashboard-staff"));
    }

    @Test
    void anotherSitesSupervisorSeesNoneOfThisSitesRecords() {
        JsonPath other = Api.as(TestSites.OTHER_SITE_SUPERVISOR).queryParam("date", DAY.toString())
                .get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
        assertEquals(0, figure(other, "month", "payments", "cash"));
        // Another site's staff member is not found, and the answer neither names nor echoes them.
        String theirs = site.staff().get(0);
        Response list = Api.as(TestSites.OTHER_SITE_SUPERVISOR)
                .queryParam("date", DAY.toString()).get("/api/v1/dashboard/staff/calls/" + theirs);
        assertEquals(404, list.statusCode());
        assertTrue(!list.asString().contains(theirs) && !list.asString().contains("員工"), list.asString());
        Response page = Browser.signIn(TestSites.OTHER_SITE_SUPERVISOR)
                .get("/dashboard/staff/calls/" + theirs + "?date=" + DAY);
        assertEquals(404, page.statusCode());
        assertTrue(!page.asString().contains("員工 " + theirs), "no name on the page");
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).get("/api/v1/dashboard/staff/calls/nobody-at-all").then()
                .statusCode(404);
    }

    private static long value(Map<String, Number> counts, String key) {
        Number value = counts.get(key);
        return value == null ? 0 : value.longValue();
    }

    private static long figure(JsonPath dashboard, String period, String section, String figure) {
        return ((Number) find(dashboard, period, section, figure).get("count")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> find(JsonPath dashboard, String period, String section, String figure) {
        List<Map<String, Object>> sections = dashboard.getList(period);
        Map<String, Object> s = sections.stream().filter(x -> section.equals(x.get("key"))).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) s.get("figures")).stream().filter(f -> figure.equals(f.get("key")))
                .findFirst().orElseThrow();
    }
}
