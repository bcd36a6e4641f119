package steward.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import steward.security.StaffSessions;

/**
 * What the API document says about every operation that the annotations cannot say once for all: how a staff client
 * signs in (a session cookie, a bearer token of the company's identity provider, or HTTP Basic with a local account),
 * and the error answers every operation of a kind can give, each an {@code application/problem+json}. An operation
 * states its own particular refusals (a 409 for a step out of order, say) with {@code @APIResponse}; this adds the
 * ones that follow from its shape: 400 for a body or parameters that can be refused, 401 and 403 for a signed-in
 * operation, 404 for a record named in its path, 415 for a body in another format. {@code DocumentedAnswersIT}
 * holds the document to it: every error the tests met is documented on its operation, and every documented error
 * was met by some test.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";
    /** The phone system's calls, signed in by a site's token (steward.telephony.TelephonyApi), not a staff member. */
    static final String PHONE_SYSTEM_PATH = "/api/v1/telephony/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        var components = document.getComponents();
        // Quarkus's placeholder for the identity provider, without its address, is replaced by the three ways in.
        components.removeSecurityScheme("SecurityScheme");
        components.addSecurityScheme("session", OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name(StaffSessions.COOKIE)
                .description("A browser's session after signing in at /login (or through the identity provider, "
                        + "cookie q_session): a request that changes something sends the page's CSRF token in the "
                        + "X-CSRF-TOKEN header, else 403"));
        components.addSecurityScheme("bearer", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token of the company's identity provider naming Steward's audience; roles "
                        + "and sites come from the token"));
        components.addSecurityScheme("basic", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic")
                .description("A local account's username and password, where local accounts are enabled; five wrong "
                        + "passwords from one client answer 429 with Retry-After"));
        components.addSchema(PROBLEM, problemSchema());
        document.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((verb, operation) -> describe(path, verb, item, operation));
            }
        });
    }

    private static void describe(String path, PathItem.HttpMethod verb, PathItem item, Operation operation) {
        List<String> roles = roles(operation);
        boolean phoneSystem = path.startsWith(PHONE_SYSTEM_PATH);
        boolean signedIn = operation.getSecurity() != null;
        if (signedIn && !phoneSystem) {
            // Quarkus names the first scheme declared, the phone system's, with the operation's roles.
            operation.setSecurity(List.of(requirement("session", roles), requirement("bearer", roles),
                    requirement("basic", roles)));
        }
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = parameters(item, operation);
        // A day in the path may be malformed (400) but names no record; any other path parameter names one.
        boolean namesARecord = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH && !isDay(p));
        boolean refusable = body || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY
                || p.getIn() == Parameter.In.PATH && isDay(p));
        answer(operation, "400", refusable, "A field refused: errors[] names each field with why");
        answer(operation, "401", signedIn, phoneSystem ? "No token, or not this site's phone system token"
                : "Not signed in, or the session, token or password was refused");
        // Any signed-in operation: not for every role, a browser's session without its CSRF token, or an account whose
        // password must be changed first (which may call nothing else, and its change is a state change).
        answer(operation, "403", signedIn && !phoneSystem,
                "Not for the signed-in role; a browser's session without its CSRF token; or a password that must be "
                        + "changed first");
        answer(operation, "404", namesARecord && !phoneSystem, "No such record in the signed-in user's sites");
        answer(operation, "415", body, "The body is not in the format the operation takes");
        // Every error, whoever declared it, is a problem+json.
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
            }
        });
    }

    private static boolean isDay(Parameter parameter) {
        return "date".equals(parameter.getName())
                || parameter.getSchema() != null && "date".equals(parameter.getSchema().getFormat());
    }

    /**
     * States an answer the operation's shape gives, unless the operation states its own for that status; and takes
     * away the one Quarkus adds by itself where the shape cannot give it (a 403 for an operation every role may
     * use, a 400 for one that takes nothing to refuse).
     */
    private static void answer(Operation operation, String status, boolean given, String description) {
        APIResponse stated = operation.getResponses().getAPIResponse(status);
        boolean generic = stated != null && (stated.getDescription() == null
                || GENERIC.contains(stated.getDescription()));
        if (given && (stated == null || generic)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (!given && generic) {
            operation.getResponses().removeAPIResponse(status);
        }
    }

    /** The descriptions Quarkus gives the answers it adds by itself, which say less than ours. */
    private static final Set<String> GENERIC = Set.of("Bad Request", "Not Authorized", "Not Allowed", "Not Found");

    /** The roles the operation is open to, as Quarkus read them from {@code @RolesAllowed}. */
    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        return operation.getSecurity().stream().flatMap(r -> r.getSchemes().values().stream())
                .flatMap(List::stream).distinct().toList();
    }

    /** The operation's parameters with those of its path. */
    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        for (List<Parameter> parameters : Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (parameters != null) {
                all.addAll(parameters);
            }
        }
        return all;
    }

    private static SecurityRequirement requirement(String scheme, List<String> roles) {
        return OASFactory.createSecurityRequirement().addScheme(scheme, roles);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .properties(Map.of("field", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("The field refused, as the body names it (shifts[0].phone)"),
                        "message", OASFactory.createSchema().addType(SchemaType.STRING)
                                .description("Why, in the language of the request (Accept-Language)")));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .properties(Map.of("type", text, "title", text, "detail", text,
                        "status", OASFactory.createSchema().addType(SchemaType.INTEGER),
                        "errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(fieldError)));
    }
}
