package steward.support;


import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A signed-in browser session over plain HTTP: the sign-in form (with the CSRF token its page carries), its session
 * cookie, and the CSRF token that every page carries (sent back as htmx does, in the X-CSRF-TOKEN header, or as a
 * form field).
 */
public final class Browser {

    private final Map<String, String> cookies = new HashMap<>();

    private Browser() {
    }

    public static Browser signIn(String username) {
        return signIn(username, TestSites.PASSWORD);
    }

    public static Browser signIn(String username, String password) {
        Browser browser = new Browser();
        Response login = browser.signInForm(username, password, request -> request);
        if (login.statusCode() != 303 || login.header("Location").contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + username + ": " + login.statusCode() + " "
                    + login.header("Location"));
        }
        return browser;
    }

    /** A browser that has opened the sign-in page and signed in nobody yet. */
    public static Browser atTheSignInPage() {
        Browser browser = new Browser();
        browser.get("/login");
        return browser;
    }

    /**
     * Sends the sign-in form as the sign-in page does (its CSRF token in the form, the token's cookie along), with
     * whatever {@code extra} adds (an X-Forwarded-For, say); the answer as it came.
     */
    public Response signInForm(String username, String password, UnaryOperator<RequestSpecification> extra) {
        Document page = Jsoup.parse(get("/login").asString());
        String token = page.selectFirst("form[action='/j_security_check'] input[name=csrf-token]").attr("value");
        Response response = extra.apply(request()).formParam("csrf-token", token).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check");
        keep(response);
        return response;
    }

    public RequestSpecification request() {
        return Api.anonymous().cookies(cookies);
    }

    public Response get(String path) {
        Response response = request().get(path);
        keep(response);
        return response;
    }

    public Response htmx(String path) {
        Response response = request().header("HX-Request", "true").get(path);
        keep(response);
        return response;
    }

    /** A POST with the page's CSRF token, as the page's own form or htmx would send it. */
    public Response post(String path, Map<String, String> form) {
        String token = csrfToken();
        Response response = request().header("HX-Request", "true").header("X-CSRF-TOKEN", token).formParams(form)
                .post(path);
        keep(response);
        return response;
    }

    public String csrfToken() {
        Document page = Jsoup.parse(get("/residents").asString());
        return page.selectFirst("meta[name=csrf-token]").attr("content");
    }

    /** Pages in this language from now on, as the language switch sets it. */
    public Browser language(String lang) {
        cookies.put(steward.web.Languages.COOKIE, lang);
        return this;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private void keep(Response response) {
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
    }
}
