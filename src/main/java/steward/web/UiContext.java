package steward.web;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import steward.resident.Site;
import steward.security.StaffContext;

/** What every page needs to know about the request: the user, their language and site, the navigation. */
@Named("ui")
@RequestScoped
public class UiContext {

    @Inject
    StaffContext staff;

    @Inject
    HttpServerRequest request;

    @Inject
    Navigation navigation;

    @Inject
    steward.StewardConfig config;

    private String language;
    private Site site;

    /**
     * The user's choice (a cookie, set from their account when they arrive at the start page), else the
     * browser's, else traditional. It never reads the database: error pages are rendered on the I/O thread.
     */
    public String lang() {
        if (language == null) {
            language = languageOf(request);
        }
        return language;
    }

    /** The same choice for a request answered outside the request context (the security layer's failures). */
    public static String languageOf(HttpServerRequest request) {
        Cookie cookie = request.getCookie(Languages.COOKIE);
        String chosen = cookie != null ? Languages.supported(cookie.getValue()) : null;
        if (chosen == null) {
            chosen = Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return chosen != null ? chosen : Languages.TRADITIONAL;
    }

    public boolean hasLanguageCookie() {
        return request.getCookie(Languages.COOKIE) != null;
    }

    public Locale locale() {
        return Languages.locale(lang());
    }

    /** The message bundle in the request's language, for text composed in Java (errors, phrases). */
    public Messages messages() {
        return MessageBundles.get(Messages.class, Localized.Literal.of(lang()));
    }

    public String userName() {
        return staff.displayName();
    }

    public boolean signedIn() {
        return !"anonymous".equals(staff.username());
    }

    public boolean hasRole(String role) {
        return staff.hasRole(role);
    }

    /** The navigation of the user's roles, in the request's language. */
    public List<Navigation.Item> nav() {
        return navigation.itemsFor(staff, locale());
    }

    public Site site() {
        if (site == null && staff.hasSites()) {
            site = Site.findById(staff.currentSiteId());
        }
        return site;
    }

    /** Whether the user works for more than one site (the site's name then opens the choice of site). */
    public boolean hasManySites() {
        return staff.siteIds().size() > 1;
    }

    public String siteName() {
        Site current = site();
        return current != null ? current.name : "";
    }

    public List<String> languages() {
        return Languages.SUPPORTED;
    }

    /** The time zone of the site the tablet works in (the configured default before any site exists). */
    public java.time.ZoneId zone() {
        Site current = site();
        return current != null ? current.zone() : java.time.ZoneId.of(config.defaultTimeZone());
    }

    /** A moment as the desk reads it: date and time in the site's zone, e.g. 2026-11-27 09:05. */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone()));
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
}
