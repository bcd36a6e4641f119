package steward.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.security.AuthorizationMatrixTest;
import steward.security.Roles;
import steward.support.Api;
import steward.support.Browser;
import steward.support.Chromium;

/**
 * The tablet in the hand: every page of the application, for every role allowed to see it, in portrait (800×1280)
 * and landscape (1280×800), in traditional Chinese, simplified Chinese and English. The pages are the GET routes of
 * the running application's OpenAPI document that answer HTML outside the API, so a new page is swept without
 * anyone adding it here; a route with path parameters is visited with the records {@link SweepSite} makes, and a
 * route the sweep cannot visit fails the sweep unless {@link #NOT_PAGES} names it with the reason.
 *
 * <p>A page fails on: a document wider than the viewport; a visible interactive element smaller than 44×44 CSS
 * pixels (a checkbox or radio button counts as its label); an error on the console (a script error, a resource that
 * failed, a Content-Security-Policy violation); an axe-core violation of WCAG 2.2 AA (tags wcag2a, wcag2aa,
 * wcag21a, wcag21aa, wcag22aa) of impact serious or critical (see {@link #AXE_IN}); a raw message key or enum
 * constant in the text; a document that does not state the page's language. A page with a problem is saved as a
 * screenshot under {@code target/tablet-sweep/} for a reviewer ({@code -Dtablet-sweep.screenshots=all} saves every
 * page). Each page is loaded once per role and language and checked in both orientations, turned from one to the
 * other as in the hand ({@link Round}); two browsers take the rounds between them.
 */
@QuarkusTest
class TabletSweepTest {

    /** The HTML routes that are no page of their own, each with why; every other HTML route must be swept. */
    static final Map<String, String> NOT_PAGES = Map.ofEntries(
            Map.entry("GET /alerts/banner", "the alerts banner, loaded into every page and swept there"),
            Map.entry("GET /cashier/units/{unitId}/amount", "the till's amount to pay, a part of the unit's page"),
            Map.entry("GET /complaints/new/customers", "the customer search results of the complaint form"),
            Map.entry("GET /desk/board", "the desk board's refresh, a part of /desk"),
            Map.entry("GET /desk/calls/match", "the caller found by number, a part of /desk"),
            Map.entry("GET /desk/hosts", "the hosts found as the desk types, a part of /desk"),
            Map.entry("GET /desk/phone/ringing", "the calls ringing now, polled into the desk board's phone panel"),
            Map.entry("GET /desk/known-visitor", "the visitor known by phone, a part of /desk"),
            Map.entry("GET /desk/known-visitor/name", "the known visitor's name, a part of /desk"),
            Map.entry("GET /inquiries/answers", "the answers found as the desk types, a part of /inquiries"),
            Map.entry("GET /inquiries/callers", "the callers found as the desk types, a part of /inquiries"),
            Map.entry("GET /inquiries/log", "the inquiry log's refresh, a part of /inquiries"),
            Map.entry("GET /loans/borrowers", "the residents found as the desk types, a part of /loans"),
            Map.entry("GET /mailroom/outbound/senders", "the senders found as the desk types, a part of the page"),
            Map.entry("GET /mailroom/recipients", "the recipients found as the desk types, a part of /mailroom"),
            Map.entry("GET /mailroom/waiting", "the shelf's refresh, a part of /mailroom"),
            Map.entry("GET /on-call/call-outs", "the call-outs' refresh, a part of /on-call"),
            Map.entry("GET /on-call/now", "who is on call now, a part of /desk and /on-call"),
            Map.entry("GET /sso/login", "the single sign-on's return, which answers with a redirect"));

    /**
     * Routes whose fixture records only some of the roles allowed on the route may open, each with who and why; the
     * other roles are not swept there (a 404 for them is the rule, shown by the route's own tests).
     */
    static final Map<String, String> FIXTURES_SEEN_BY = Map.of(
            // A resident's parcel is the mailroom's: cashier and admin open only an internal item addressed to them.
            "GET /mailroom/items/{id}", "desk service supervisor");

    static final List<String> LANGUAGES = List.of("zh-Hant", "zh-Hans", "en");

    /**
     * Pages a resident reads in their own language, whatever the browser says: their fixture gives one path per
     * language, in the order of {@link #LANGUAGES}, and each is swept in its language.
     */
    static final java.util.Set<String> IN_THE_RESIDENTS_LANGUAGE = java.util.Set.of("GET /survey/{token}");
    static final Map<String, Dimension> ORIENTATIONS = new LinkedHashMap<>();
    static {
        ORIENTATIONS.put("portrait", new Dimension(800, 1280));
        ORIENTATIONS.put("landscape", new Dimension(1280, 800));
    }
    static final Path SCREENSHOTS = Path.of("target", "tablet-sweep");

    /** Where the sweep's time goes (load, settle, checks, axe: nanoseconds summed over both browsers), printed at its end. */
    static final Map<String, Long> SPENT = new java.util.concurrent.ConcurrentHashMap<>();

    /** Browsers sweeping at once: on two cores, a second one fills the time the first waits for the server. */
    static final int BROWSERS = 2;

    /** A screenshot of every page, not only of those with a problem: for a reviewer looking through the tablet. */
    static final boolean EVERY_SCREENSHOT = "all".equals(System.getProperty("tablet-sweep.screenshots"));

    /**
     * axe-core judges markup, names, roles and colours, which neither the orientation nor the language of the words
     * changes: it runs on every page for every role in landscape in the default language, while the checks of layout
     * (overflow, target sizes, one-character lines), raw keys, the document's language and the console run in both
     * orientations and every language. (A label missing in one language shows as its raw key there.)
     */
    static final String AXE_IN = "landscape";
    static final String AXE_LANGUAGE = "zh-Hant";

    /** What the page checks itself, in one script: overflow, small targets, raw keys. */
    static final String CHECKS = """
            const problems = [];
            const root = document.documentElement;
            if (root.lang !== arguments[0]) {
              problems.push('the document says lang="' + root.lang + '" in ' + arguments[0]
                  + ' (native inputs, dates and spelling follow it)');
            }
            if (root.scrollWidth > root.clientWidth) {
              problems.push('the document is ' + root.scrollWidth + ' px wide in a ' + root.clientWidth + ' px viewport');
            }
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : '')
                + (el.getAttribute('name') ? '[name=' + el.getAttribute('name') + ']' : '')
                + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
            const interactive = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
            for (const el of document.querySelectorAll(interactive)) {
              let target = el;
              // A box or a hidden file input is tapped through its label; a file input shown as itself is its own target.
              if (el.matches('input[type=checkbox], input[type=radio]')
                  || (el.matches('input[type=file]') && el.getBoundingClientRect().width < 2)) {
                target = el.closest('label') || (el.id && document.querySelector('label[for="' + el.id + '"]')) || el;
              }
              if (!target.checkVisibility({ checkVisibilityCSS: true })) continue;
              const box = target.getBoundingClientRect();
              if (box.width === 0 && box.height === 0) continue;
              if (box.width < 43.5 || box.height < 43.5) {
                problems.push(name(el) + ' is ' + Math.round(box.width) + '×' + Math.round(box.height) + ' px');
              }
            }
            // A label squeezed to one character per line (收/發/室): text of two or more characters in a box narrower
            // than two characters and taller than two lines.
            for (const el of document.body.querySelectorAll('*')) {
              const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join('');
              if ([...own].length < 2 || !el.checkVisibility()) continue;
              const style = getComputedStyle(el);
              const size = parseFloat(style.fontSize);
              const box = el.getBoundingClientRect();
              if (box.width > 0 && box.width < 1.9 * size && box.height > 2.6 * size) {
                problems.push(name(el) + ' shows one character per line (' + Math.round(box.width) + ' px wide)');
              }
            }
            // A link or a path is data, not words: a survey link's random token may hold "-s_u-" by chance.
            const text = document.body.innerText.replace(/\\S*\\/\\S*/g, ' ');
            for (const key of text.match(/\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b|\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\{[a-z]+:[^}]*\\}/g) || []) {
              problems.push('a raw message key or constant: ' + key);
            }
            return problems;
            """;

    /**
     * Deque's axe-core run over the page, its serious and critical violations. The script is given to the page only
     * where axe runs (a script the browser is given is not the page's, so the Content-Security-Policy does not
     * apply to it); it would cost every other page its parsing.
     */
    static final String AXE_RUN = axeScript() + """
            ;
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: %s }, resultTypes: ['violations'] })
              .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): '
                    + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """.formatted("['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']");

    @TestHTTPResource("/")
    URL base;

    @Inject
    SweepSite site;

    private static String axeScript() {
        try (var script = TabletSweepTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            return new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser whose page is a tablet's screen of the given size. */
    private static ChromeDriver openBrowser(Dimension screen) {
        ChromeDriver browser = Chromium.start(screen.getWidth(), screen.getHeight());
        Chromium.viewport(browser, screen.getWidth(), screen.getHeight());
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        return browser;
    }

    @Test
    void theChecksCatchWhatTheyLookFor() {
        ChromeDriver browser = openBrowser(ORIENTATIONS.get("portrait"));
        try {
            checksCatchWhatTheyLookFor(browser);
        } finally {
            browser.quit();
        }
    }

    /** A page turned in the hand is laid out again: what fits in landscape and not in portrait is found turned. */
    @Test
    void aTurnedPageIsCheckedAsItIsShownTurned() {
        ChromeDriver browser = openBrowser(ORIENTATIONS.get("landscape"));
        try {
            turn(browser, "landscape");
            browser.get(base + "login");
            browser.manage().addCookie(new Cookie(Languages.COOKIE, "zh-Hant", "/"));
            browser.get(base + "login");
            browser.executeScript("""
                    const wide = document.querySelector('main').appendChild(document.createElement('div'));
                    wide.textContent = 'wide';
                    wide.style.width = '1000px';
                    """);
            assertEquals(List.of(), check(browser, "/login", "zh-Hant", false), "1000 px fit in landscape");
            turn(browser, "portrait");
            List<String> turned = check(browser, "/login", "zh-Hant", false);
            assertEquals(1, turned.size(), turned.toString());
            assertTrue(turned.get(0).matches("the document is \\d+ px wide in a 800 px viewport"), turned.get(0));
        } finally {
            browser.quit();
        }
    }

    private void checksCatchWhatTheyLookFor(ChromeDriver browser) {
        browser.get(base + "login");
        // Styles set through the DOM: the Content-Security-Policy refuses style attributes in markup.
        browser.executeScript("""
                const main = document.querySelector('main');
                const key = main.appendChild(document.createElement('p'));
                key.textContent = 'login_title SIGN_IN_LOCKED';
                key.style.color = '#aaa';
                const button = main.appendChild(document.createElement('button'));
                button.textContent = 'x';
                Object.assign(button.style, { minWidth: '0', minHeight: '0', width: '30px', height: '30px', padding: '0' });
                const wide = main.appendChild(document.createElement('div'));
                wide.textContent = 'wide';
                wide.style.width = '2000px';
                main.appendChild(document.createElement('p')).textContent =
                    'http://localhost/survey/Qz-s_u-Ab9 /survey/Xy-log_in-Q';
                const squeezed = main.appendChild(document.createElement('span'));
                squeezed.textContent = '收發室';
                Object.assign(squeezed.style, { display: 'inline-block', width: '20px' });
                """);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.executeScript(CHECKS, "zh-Hant");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) browser.executeAsyncScript(AXE_RUN);
        String all = String.join("\n", found) + "\n" + String.join("\n", violations);
        assertTrue(all.contains("the document is"), all);
        assertTrue(all.contains("button \"x\" is 30×30 px"), all);
        assertTrue(all.contains("raw message key or constant: login_title"), all);
        assertTrue(all.contains("raw message key or constant: SIGN_IN_LOCKED"), all);
        assertFalse(all.contains("s_u") || all.contains("log_in"), "a token in a link is no raw key:\n" + all);
        assertTrue(all.contains("color-contrast") && all.contains("#main > p"), all);
        assertTrue(all.contains("\"收發室\" shows one character per line"), all);
    }

    /** A route the sweep visits: its concrete pages and who may see them. */
    record Visit(String route, List<String> paths, List<String> identities) {
    }

    @Test
    void everyPageInBothOrientationsInEveryLanguageForEveryRole() throws IOException {
        Map<String, List<String>> fixtures = site.paths();
        List<String> unvisitable = new ArrayList<>();
        List<Visit> visits = visits(fixtures, unvisitable);
        assertTrue(unvisitable.isEmpty(), "HTML routes the sweep cannot visit (give them fixture data in SweepSite "
                + "or a reason in NOT_PAGES):\n" + String.join("\n", unvisitable));
        assertTrue(visits.size() > 40, "the pages of the application: " + visits.size());

        // While working on a few pages: -Dtablet-sweep.only=/mailroom,/privacy sweeps the routes containing one of
        // those texts.
        List<String> only = List.of(System.getProperty("tablet-sweep.only", "").split(","));
        Map<String, List<String>> problems = new TreeMap<>();
        Files.createDirectories(SCREENSHOTS);
        Files.deleteIfExists(SCREENSHOTS.resolve("problems.txt"));
        Queue<Round> rounds = new ConcurrentLinkedQueue<>(rounds(visits));
        // The sweep's own figures: the small tests of the checks may have run first in this JVM.
        SPENT.clear();
        long started = System.nanoTime();
        ExecutorService browsers = Executors.newFixedThreadPool(BROWSERS);
        int pages = 0;
        try {
            List<Future<Integer>> swept = new ArrayList<>();
            for (int i = 0; i < BROWSERS; i++) {
                swept.add(browsers.submit(() -> sweepRounds(rounds, visits, only, problems)));
            }
            for (Future<Integer> browser : swept) {
                pages += browser.get();
            }
        } catch (ExecutionException e) {
            // A failed check, or a skip when no browser is installed, as the test's own.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException((IOException) e.getCause());
        } catch (InterruptedException e) {
            throw new AssertionError("the sweep was interrupted", e);
        } finally {
            browsers.shutdownNow();
        }
        System.out.printf("Tablet sweep: %d pages (each loaded once and turned) in %d s; browser time: %s%n", pages,
                (System.nanoTime() - started) / 1_000_000_000, new TreeMap<>(SPENT).entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue() / 1_000_000_000 + " s")
                        .collect(java.util.stream.Collectors.joining(", ")));
        if (!problems.isEmpty()) {
            List<String> lines = problems.entrySet().stream()
                    .map(p -> p.getKey() + "\n    (" + p.getValue().size() + "×: " + String.join(", ",
                            p.getValue().subList(0, Math.min(6, p.getValue().size()))) + ")")
                    .toList();
            fail(problems.size() + " problems on " + pages + " pages (screenshots in " + SCREENSHOTS.toAbsolutePath()
                    + "):\n" + String.join("\n", lines));
        }
    }

    /**
     * A role's pages in one language, loaded in one orientation and each turned to the other. The orientation they
     * are loaded in alternates from one round to the next, so a role's pages are loaded fresh in both orientations
     * (in different languages) and turned in both directions.
     */
    record Round(String identity, String language, String loadedIn) {
    }

    static List<Round> rounds(List<Visit> visits) {
        List<String> orientations = List.copyOf(ORIENTATIONS.keySet());
        List<Round> rounds = new ArrayList<>();
        for (String identity : identities(visits)) {
            for (String language : LANGUAGES) {
                rounds.add(new Round(identity, language, orientations.get(rounds.size() % orientations.size())));
            }
        }
        return rounds;
    }

    /** Sweeps rounds from the queue until none is left, in a browser of its own; returns how many pages it checked. */
    private int sweepRounds(Queue<Round> rounds, List<Visit> visits, List<String> only,
            Map<String, List<String>> problems) throws IOException {
        ChromeDriver browser = openBrowser(ORIENTATIONS.get("portrait"));
        try {
            Map<String, Map<String, Cookie>> sessions = new TreeMap<>();
            int pages = 0;
            for (Round round = rounds.poll(); round != null; round = rounds.poll()) {
                signInAs(browser, round.identity(), sessions);
                browser.manage().addCookie(new Cookie(Languages.COOKIE, round.language(), "/"));
                for (Visit visit : visits) {
                    if (!visit.identities().contains(round.identity())
                            || only.stream().noneMatch(visit.route()::contains)) {
                        continue;
                    }
                    List<String> paths = IN_THE_RESIDENTS_LANGUAGE.contains(visit.route())
                            ? List.of(visit.paths().get(LANGUAGES.indexOf(round.language()))) : visit.paths();
                    for (String path : paths) {
                        pages += sweep(browser, path, round, problems);
                    }
                }
            }
            return pages;
        } finally {
            browser.quit();
        }
    }

    /**
     * Opens one page in the round's orientation and checks it, then turns the tablet and checks it again, as a desk
     * worker turning the tablet in the hand would see it (the page's layout is its style sheet's, which follows the
     * viewport; no script of the application lays out by the screen's size). Returns how many views it checked.
     */
    private int sweep(ChromeDriver browser, String path, Round round, Map<String, List<String>> problems)
            throws IOException {
        List<String> turns = new ArrayList<>(ORIENTATIONS.keySet());
        turns.remove(round.loadedIn());
        turns.add(0, round.loadedIn());
        turn(browser, round.loadedIn());
        long loading = System.nanoTime();
        browser.get(base + path.substring(1));
        SPENT.merge("load", System.nanoTime() - loading, Long::sum);
        for (String orientation : turns) {
            if (!orientation.equals(round.loadedIn())) {
                turn(browser, orientation);
            }
            List<String> found = check(browser, path, round.language(),
                    AXE_IN.equals(orientation) && AXE_LANGUAGE.equals(round.language()));
            if (!found.isEmpty() || EVERY_SCREENSHOT) {
                save(browser, screenshot(orientation, round.identity(), round.language(), path));
            }
            String where = orientation + (orientation.equals(round.loadedIn()) ? "" : " (turned)") + " "
                    + round.identity() + " " + round.language();
            report(where, path, found, problems);
        }
        return turns.size();
    }

    private static void turn(ChromeDriver browser, String orientation) {
        Dimension screen = ORIENTATIONS.get(orientation);
        Chromium.viewport(browser, screen.getWidth(), screen.getHeight());
    }

    /** Adds a page's problems to the sweep's, and to problems.txt as it goes, for whoever watches a long run. */
    private static void report(String where, String path, List<String> found, Map<String, List<String>> problems)
            throws IOException {
        synchronized (problems) {
            for (String problem : found) {
                problems.computeIfAbsent(path + ": " + problem, p -> new ArrayList<>()).add(where);
                Files.writeString(SCREENSHOTS.resolve("problems.txt"), where + " " + path + ": " + problem + "\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
        }
    }

    /** What is wrong with the page as it is shown now, once it has settled. */
    private List<String> check(ChromeDriver browser, String path, String language, boolean withAxe) {
        // The alerts banner and other parts arrive by htmx after the page: it is complete when none is pending
        // (asked often: the banner is usually there within a few milliseconds, and the sweep opens many pages).
        long settling = System.nanoTime();
        Chromium.waitUpTo(browser, java.time.Duration.ofSeconds(10)).pollingEvery(java.time.Duration.ofMillis(25))
                .until(b -> Boolean.TRUE.equals(
                ((JavascriptExecutor) b).executeScript("return document.readyState === 'complete' && "
                        + "!document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping')")));
        long checking = System.nanoTime();
        SPENT.merge("settle", checking - settling, Long::sum);
        List<String> problems = new ArrayList<>();
        if (browser.getCurrentUrl().contains("/login") && !path.startsWith("/login")) {
            problems.add("sent to sign in: " + browser.getCurrentUrl());
        }
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.executeScript(CHECKS, language);
        problems.addAll(found);
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add("console: " + entry.getMessage());
            }
        }
        SPENT.merge("checks", System.nanoTime() - checking, Long::sum);
        if (withAxe) {
            long axe = System.nanoTime();
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) browser.executeAsyncScript(AXE_RUN);
            SPENT.merge("axe", System.nanoTime() - axe, Long::sum);
            violations.forEach(v -> problems.add("axe " + v));
        }
        return problems;
    }

    private static void save(ChromeDriver browser, Path file) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) browser.executeScript(
                "return {width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight}");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height",
                Math.min(((Number) size.get("height")).intValue(), 6000), "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "jpeg", "quality", 70, "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path screenshot(String orientation, String identity, String language, String path) {
        String name = path.substring(1).replaceAll("[^\\p{L}\\p{N}]+", "_");
        return SCREENSHOTS.resolve(orientation).resolve(identity).resolve(language)
                .resolve((name.isEmpty() ? "home" : name) + ".jpg");
    }

    /** Signs the browser in as the sweep's account of a role (once; later by its cookies), or out. */
    private void signInAs(ChromeDriver browser, String identity, Map<String, Map<String, Cookie>> sessions) {
        browser.get(base + "login");
        browser.manage().deleteAllCookies();
        if ("anonymous".equals(identity)) {
            return;
        }
        Map<String, Cookie> cookies = sessions.get(identity);
        if (cookies == null) {
            Chromium.signIn(browser, base, SweepSite.account(identity));
            Chromium.waitUpTo(browser, java.time.Duration.ofSeconds(15))
                    .until(b -> !b.getCurrentUrl().contains("/login"));
            cookies = new LinkedHashMap<>();
            for (Cookie cookie : browser.manage().getCookies()) {
                cookies.put(cookie.getName(), cookie);
            }
            sessions.put(identity, cookies);
        } else {
            cookies.values().forEach(browser.manage()::addCookie);
        }
    }

    private static List<String> identities(List<Visit> visits) {
        return visits.stream().flatMap(v -> v.identities().stream()).distinct().sorted().toList();
    }

    /**
     * The pages of the application: every GET route outside the API answering HTML, with its concrete paths (its
     * fixture's, or the route itself when it has no path parameter) and the identities allowed to see it.
     */
    static List<Visit> visits(Map<String, List<String>> fixtures, List<String> unvisitable) throws IOException {
        JsonNode document = new ObjectMapper().readTree(Api.anonymous().accept(ContentType.JSON)
                .get("/q/openapi?format=json").asString());
        List<Visit> visits = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(entry -> {
            JsonNode get = entry.getValue().get("get");
            String route = "GET " + entry.getKey().replaceAll("\\{(\\w+)[^}]*}", "{$1}");
            if (get == null || entry.getKey().startsWith("/api/") || !answersHtml(get)) {
                return;
            }
            if (NOT_PAGES.containsKey(route)) {
                return;
            }
            List<String> paths = fixtures.get(route);
            if (paths == null) {
                if (route.contains("{")) {
                    unvisitable.add(route + ": no fixture data for its path parameters");
                    return;
                }
                paths = List.of(route.substring(4));
            }
            List<String> identities = identities(FIXTURES_SEEN_BY.getOrDefault(route,
                    AuthorizationMatrixTest.EXPECTED.getOrDefault(route, "")));
            if (identities.isEmpty()) {
                unvisitable.add(route + ": nobody may see it in AuthorizationMatrixTest.EXPECTED");
                return;
            }
            visits.add(new Visit(route, paths, identities));
        });
        visits.sort(java.util.Comparator.comparing(Visit::route));
        for (String listed : NOT_PAGES.keySet()) {
            if (visits.stream().anyMatch(v -> v.route().equals(listed))) {
                unvisitable.add(listed + ": listed in NOT_PAGES but swept");
            }
        }
        for (Visit visit : visits) {
            for (String path : visit.paths()) {
                String identity = visit.identities().get(0);
                Browser session = "anonymous".equals(identity) ? null : Browser.signIn(SweepSite.account(identity));
                Response page = session == null ? Api.anonymous().get(path) : session.get(path);
                if (page.statusCode() == 303 && session != null) {
                    // The home page sends a role to its start page, which is swept as a page of its own.
                    page = session.get(java.net.URI.create(page.header("Location")).getPath());
                }
                if (page.statusCode() != 200 || !page.asString().contains("<html")) {
                    unvisitable.add(visit.route() + " (" + path + " as " + identity + "): " + page.statusCode()
                            + (page.statusCode() == 200 ? ", a fragment, not a page: name it in NOT_PAGES" : ""));
                }
            }
        }
        return visits;
    }

    private static boolean answersHtml(JsonNode operation) {
        for (JsonNode response : operation.path("responses")) {
            if (response.path("content").has("text/html")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> identities(String expectation) {
        return switch (expectation) {
            case "PUBLIC" -> List.of("anonymous");
            case "SIGNED_IN" -> List.of(Roles.ALL);
            case "", "CODE_FLOW" -> List.of();
            default -> List.of(expectation.split(" "));
        };
    }
}
