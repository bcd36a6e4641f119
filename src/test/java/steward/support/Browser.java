package steward.support;


import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A signed-in browser session over plain HTTP: the form login, its session cookie, and the CSRF token that
 * every page carries (sent back as htmx does, in the X-CSRF-TOKEN header, or as a form field).
 */
public final class Browser {

    private final Map<String, String> cookies = new HashMap<>();

    private Browser() {
    }

    public static Browser signIn(String username) {
        Browser browser = new Browser();
        Response login = Api.anonymous().formParam("j_username", username).formParam("j_password", TestSites.PASSWORD)
                .post("/j_security_check");
        if (login.statusCode() != 302 || login.header("Location").contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + username + ": " + login.statusCode());
        }
        browser.cookies.putAll(login.cookies());
        return browser;
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
        cookies.putAll(response.cookies());
    }
}
