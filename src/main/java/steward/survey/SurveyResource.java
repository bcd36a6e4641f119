package steward.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.InvalidInput;
import steward.web.Languages;
import steward.web.PublicRateLimit;
import steward.web.UiContext;
import steward.web.Enums;

/**
 * The survey page residents open from their text message or email: public (no sign-in), rate-limited per client
 * address, in the resident's language, and showing nothing about the complaint beyond its category and date.
 */
@Path("/survey")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class SurveyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance survey(String token, SurveyService.Opened survey, List<Integer> scores,
                List<ComplaintSurvey.PromiseKept> promiseAnswers, java.util.Map<String, String> typed,
                java.util.Map<String, String> errors);
    }

    static final List<Integer> SCORES = List.of(5, 4, 3, 2, 1);

    @Inject
    SurveyService surveys;

    @Inject
    SurveyConfig config;

    @Inject
    PublicRateLimit rate;

    @Inject
    HttpServerRequest request;

    @Inject
    java.time.Clock clock;

    @GET
    @Path("{token}")
    public Response open(@PathParam("token") String token) {
        Response refused = limit();
        if (refused != null) {
            return refused;
        }
        return page(token, surveys.open(token), java.util.Map.of(), null);
    }

    @POST
    @Path("{token}")
    public Response answer(@PathParam("token") String token, @RestForm String satisfaction,
            @RestForm String promiseKept, @RestForm String comment) {
        Response refused = limit();
        if (refused != null) {
            return refused;
        }
        java.util.Map<String, String> typed = java.util.Map.of("satisfaction", satisfaction == null ? "" : satisfaction,
                "promiseKept", promiseKept == null ? "" : promiseKept, "comment", comment == null ? "" : comment);
        try {
            return page(token, surveys.answer(token, new SurveyService.Answer(number(satisfaction),
                    Enums.parse(ComplaintSurvey.PromiseKept.class, promiseKept), comment)), java.util.Map.of(),
                    null);
        } catch (InvalidInput e) {
            return page(token, surveys.open(token), typed, e);
        }
    }

    /** The page in the resident's language, with the refusal's messages in it ({@code refused} null: none). */
    private Response page(String token, SurveyService.Opened survey, java.util.Map<String, String> typed,
            InvalidInput refused) {
        String language = survey.language() != null ? survey.language() : UiContext.languageOf(request);
        java.util.Map<String, String> errors = refused == null ? java.util.Map.of()
                : refused.fieldErrors(Languages.locale(language));
        int status = switch (survey.status()) {
            case INVALID -> 404;
            case EXPIRED -> 410;
            default -> errors.isEmpty() ? 200 : 400;
        };
        return Response.status(status).entity(Templates.survey(token, survey, SCORES,
                List.of(ComplaintSurvey.PromiseKept.values()), typed, errors)
                .setLocale(Languages.locale(language))).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").build();
    }

    /** One request more of this client address; 429 with Retry-After when it is one too many. */
    private Response limit() {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Instant again = rate.tooMany("survey:" + address, config.rateLimit(), config.rateWindow());
        if (again == null) {
            return null;
        }
        long seconds = Math.max(1, Duration.between(clock.instant(), again).toSeconds());
        return Response.status(429).header("Retry-After", String.valueOf(seconds)).type(MediaType.TEXT_PLAIN)
                .entity(SurveyService.bundle(UiContext.languageOf(request)).too_many()).build();
    }

    private static Integer number(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return 0; // refused by the answer's rule, next to the field
        }
    }
}
