package steward.web;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.transaction.Transactional;
import steward.security.Account;
import steward.security.SignedInAccount;
import steward.security.SignedInAccounts;
import steward.StewardConfig;
import steward.security.StaffContext;

/** The sign-in page, the language switch and the start page of each role (signing in: steward.security.SignInResource). */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean lockedOut, boolean busy, long lockoutMinutes,
                boolean localAccounts,
                boolean singleSignOn);

        static native TemplateInstance home();
    }

    @Inject
    StaffContext staff;

    @Inject
    SignedInAccounts signedInAccounts;

    @Inject
    StewardConfig config;

    @Inject
    UiContext ui;

    @Inject
    steward.security.SignInConfig signIn;

    @Inject
    Navigation navigation;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.oidc.auth-server-url")
    java.util.Optional<String> oidcServer;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        // A role with a start page of its own (the desk board, the cashier's till...) goes straight there.
        Response.ResponseBuilder page = navigation.startPage(staff)
                .map(path -> Response.seeOther(URI.create(path)))
                .orElseGet(() -> Response.ok(Templates.home()));
        SignedInAccount account = staff.account();
        if (account != null && !ui.hasLanguageCookie()) {
            // The account's language follows the user to every tablet they sign in on.
            page.cookie(languageCookie(Languages.supported(account.preferredLanguage())));
        }
        return page.build();
    }

    private static NewCookie languageCookie(String lang) {
        return new NewCookie.Builder(Languages.COOKIE).path("/").value(lang == null ? Languages.TRADITIONAL : lang)
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    @GET
    @Path("login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error) {
        // error=locked: too many failed sign-ins; error=busy: too many at once (steward.security.SignInResource)
        boolean lockedOut = "locked".equals(error);
        boolean busy = "busy".equals(error);
        return Templates.login(error != null && !lockedOut && !busy, lockedOut, busy, signIn.lockout().toMinutes(),
                config.localAccounts().enabled(), oidcServer.isPresent());
    }

    /** Reached only through the identity provider's code flow (see application.properties). */
    @GET
    @Path("sso/login")
    @Authenticated
    public Response afterSingleSignOn() {
        return Response.seeOther(URI.create("/")).build();
    }

    @POST
    @Path("language")
    @PermitAll
    @Transactional
    public Response language(@FormParam("lang") String lang, @FormParam("back") String back) {
        String supported = Languages.supported(lang);
        if (supported == null || !Languages.SUPPORTED.contains(lang)) {
            throw InvalidInput.of("lang", Words.of(Messages.class, Messages::error_language));
        }
        SignedInAccount signedIn = staff.account();
        if (signedIn != null) {
            Account.<Account>findById(signedIn.id()).preferredLanguage = supported;
            signedInAccounts.changedInThisTransaction(signedIn.id());
        }
        NewCookie cookie = languageCookie(supported);
        return Response.seeOther(returnPath(back)).cookie(cookie).build();
    }

    /**
     * Where the language switch goes back to: a path of this site, or the start page. Anything else (another host,
     * {@code //host}, a backslash that browsers read as a slash, characters no URL has) goes to the start page.
     */
    static URI returnPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.length() > 2_000) {
            return URI.create("/");
        }
        try {
            URI target = new URI(back);
            // Percent-encoded: a header carries no 王 (it would arrive as ?).
            return target.getScheme() == null && target.getRawAuthority() == null
                    ? URI.create(target.toASCIIString()) : URI.create("/");
        } catch (java.net.URISyntaxException notAPath) {
            return URI.create("/");
        }
    }
}
