package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * The authorization matrix: every route of the application (as the generated OpenAPI document lists them,
 * pages and JSON alike) × every role and no sign-in × own site and another site, against the expectation
 * written below. A route the table does not name fails the test with its name: add its line.
 *
 * <p>Own site: an allowed role is never refused (401/403) and never gets a 5xx, whatever the (empty) input; a
 * role not listed gets 403; no sign-in gets 401 under /api and the sign-in page elsewhere. Another site: a GET
 * by the id of another site's resident or unit, or an id no site of the caller has, is 404 for every allowed
 * role. Every answer carries the security headers.
 */
@QuarkusTest
public class AuthorizationMatrixTest {

    /**
     * Who may call each route: role names, or PUBLIC, SIGNED_IN (any role), CODE_FLOW (single sign-on only),
     * PHONE_SYSTEM (the site's phone system with its token: any session or password is refused with 401).
     */
    public static final Map<String, String> EXPECTED = table(
            "GET /", "SIGNED_IN",
            "GET /alerts/banner", "desk service cashier supervisor admin",
            "POST /answers", "service supervisor",
            "GET /answers", "service supervisor",
            "GET /answers/new", "service supervisor",
            "GET /answers/review", "service supervisor",
            "GET /answers/{id}", "service supervisor",
            "POST /answers/{id}/approve", "supervisor",
            "GET /answers/{id}/edit", "service supervisor",
            "POST /answers/{id}/reviewed", "service supervisor",
            "POST /answers/{id}/versions", "service supervisor",
            "GET /api/v1/accounts/{unitId}/statement", "cashier supervisor",
            "GET /api/v1/answers", "desk service supervisor",
            "POST /api/v1/answers", "service supervisor",
            "GET /api/v1/answers/review-due", "service supervisor",
            "GET /api/v1/answers/{id}", "desk service supervisor",
            "POST /api/v1/answers/{id}/approve", "supervisor",
            "POST /api/v1/answers/{id}/reviewed", "service supervisor",
            "GET /api/v1/answers/{id}/versions", "service supervisor",
            "POST /api/v1/answers/{id}/versions", "service supervisor",
            "GET /api/v1/audit", "supervisor admin",
            "POST /api/v1/calls", "desk service supervisor",
            "GET /api/v1/calls", "desk service supervisor",
            "GET /api/v1/calls/summary", "desk service supervisor",
            "GET /api/v1/calls/{id}", "desk service supervisor",
            "POST /api/v1/cards", "cashier supervisor",
            "GET /api/v1/cards/{id}", "cashier supervisor",
            "POST /api/v1/cards/{id}/replace", "cashier supervisor",
            "POST /api/v1/cards/{id}/return", "cashier supervisor",
            "GET /api/v1/cash-days/{date}", "cashier",
            "POST /api/v1/cash-days/{date}/close", "cashier",
            "GET /api/v1/cash-days/{date}/closes", "supervisor",
            "POST /api/v1/cash-days/{date}/closes/{cashier}/sign-off", "supervisor",
            "POST /api/v1/complaints", "desk service supervisor",
            "GET /api/v1/complaints", "desk service supervisor admin",
            "GET /api/v1/complaints/{id}", "desk service supervisor admin",
            "POST /api/v1/complaints/{id}/assign", "service supervisor",
            "POST /api/v1/complaints/{id}/compensations", "service supervisor",
            "POST /api/v1/complaints/{id}/compensations/{compensationId}/approve", "supervisor",
            "POST /api/v1/complaints/{id}/compensations/{compensationId}/reject", "supervisor",
            "POST /api/v1/complaints/{id}/escalate", "desk service supervisor",
            "POST /api/v1/complaints/{id}/follow-ups", "desk service supervisor",
            "POST /api/v1/complaints/{id}/promises", "desk service supervisor",
            "POST /api/v1/complaints/{id}/reopen", "service supervisor",
            "POST /api/v1/complaints/{id}/resolve", "service supervisor",
            "GET /api/v1/fee-standards", "desk cashier supervisor",
            "POST /api/v1/fee-standards", "supervisor",
            "POST /api/v1/inquiries", "desk service supervisor",
            "GET /api/v1/inquiries", "desk service supervisor",
            "GET /api/v1/inquiries/report", "supervisor",
            "GET /api/v1/inquiries/{id}", "desk service supervisor",
            "GET /api/v1/notifications", "supervisor admin",
            "POST /api/v1/payments", "cashier supervisor",
            "POST /api/v1/praise", "desk service supervisor",
            "GET /api/v1/praise", "desk service supervisor admin",
            "GET /api/v1/praise/records", "service supervisor admin",
            "GET /api/v1/promises", "desk service supervisor admin",
            "GET /api/v1/promises/figures", "supervisor admin",
            "POST /api/v1/promises/{id}/broken", "service supervisor",
            "POST /api/v1/promises/{id}/kept", "desk service supervisor",
            "POST /api/v1/promises/{id}/renegotiate", "desk service supervisor",
            "GET /api/v1/receipts/{receiptNo}", "cashier supervisor",
            "POST /api/v1/receipts/{receiptNo}/void", "supervisor",
            "GET /api/v1/residents", "desk service cashier supervisor admin",
            "POST /api/v1/residents", "service supervisor admin",
            "GET /api/v1/residents/{id}", "desk service cashier supervisor admin",
            "GET /api/v1/units", "desk service cashier supervisor admin",
            "POST /api/v1/visits", "desk service supervisor",
            "GET /api/v1/visits", "desk service supervisor",
            "GET /api/v1/visits/known-visitor", "desk service supervisor",
            "GET /api/v1/visits/{id}", "desk service supervisor",
            "POST /api/v1/visits/{id}/checkout", "desk service supervisor",
            "POST /api/v1/visits/{id}/host-response", "desk service supervisor",
            "POST /api/v1/visits/{id}/tea", "desk service supervisor",
            "GET /audit", "supervisor admin",
            "GET /cashier", "cashier supervisor",
            "POST /cashier/cards/{cardId}/replace", "cashier supervisor",
            "POST /cashier/cards/{cardId}/return", "cashier supervisor",
            "POST /cashier/close", "cashier",
            "GET /cashier/close", "cashier supervisor",
            "POST /cashier/close/sign-off", "supervisor",
            "POST /cashier/fees", "supervisor",
            "GET /cashier/fees", "desk cashier supervisor",
            "GET /cashier/receipts/{receiptNo}", "cashier supervisor",
            "POST /cashier/receipts/{receiptNo}/prints", "cashier supervisor",
            "GET /cashier/receipts/{receiptNo}/prints/{printNo}", "cashier supervisor",
            "POST /cashier/receipts/{receiptNo}/void", "supervisor",
            "GET /cashier/units/{unitId}", "cashier supervisor",
            "GET /cashier/units/{unitId}/amount", "cashier supervisor",
            "POST /cashier/units/{unitId}/cards", "cashier supervisor",
            "POST /cashier/units/{unitId}/payments", "cashier supervisor",
            "GET /cashier/units/{unitId}/statement", "cashier supervisor",
            "POST /complaints", "desk service supervisor",
            "GET /complaints", "desk service supervisor admin",
            "GET /complaints/new", "desk service supervisor",
            "GET /complaints/new/customers", "desk service supervisor",
            "GET /complaints/{id}", "desk service supervisor admin",
            "POST /complaints/{id}/assign", "service supervisor",
            "POST /complaints/{id}/compensations", "service supervisor",
            "POST /complaints/{id}/compensations/{compensationId}/approve", "supervisor",
            "POST /complaints/{id}/compensations/{compensationId}/reject", "supervisor",
            "POST /complaints/{id}/escalate", "desk service supervisor",
            "POST /complaints/{id}/follow-ups", "desk service supervisor",
            "POST /complaints/{id}/promises", "desk service supervisor",
            "POST /complaints/{id}/promises/{promiseId}/kept", "desk service supervisor",
            "POST /complaints/{id}/promises/{promiseId}/renegotiate", "desk service supervisor",
            "POST /complaints/{id}/reopen", "service supervisor",
            "POST /complaints/{id}/resolve", "service supervisor",
            "GET /desk", "desk service supervisor",
            "GET /desk/board", "desk service supervisor",
            "POST /desk/calls", "desk service supervisor",
            "GET /desk/calls/match", "desk service supervisor",
            "POST /desk/calls/{id}/finish", "desk service supervisor",
            "GET /desk/hosts", "desk service supervisor",
            "GET /desk/known-visitor", "desk service supervisor",
            "GET /desk/known-visitor/name", "desk service supervisor",
            "POST /desk/visits", "desk service supervisor",
            "GET /desk/visits/new", "desk service supervisor",
            "GET /desk/visits/{id}", "desk service supervisor",
            "POST /desk/visits/{id}/checkout", "desk service supervisor",
            "POST /desk/visits/{id}/host-response", "desk service supervisor",
            "POST /desk/visits/{id}/tea", "desk service supervisor",
            "POST /inquiries", "desk service supervisor",
            "GET /inquiries", "desk service supervisor",
            "GET /inquiries/answers", "desk service supervisor",
            "GET /inquiries/callers", "desk service supervisor",
            "GET /inquiries/log", "desk service supervisor",
            "GET /inquiries/report", "supervisor",
            "POST /language", "PUBLIC",
            "GET /login", "PUBLIC",
            "POST /logout", "SIGNED_IN",
            "GET /notifications", "supervisor admin",
            "POST /praise", "desk service supervisor",
            "GET /praise", "desk service supervisor admin",
            "GET /promises", "desk service supervisor admin",
            "GET /promises/figures", "supervisor admin",
            "POST /promises/{id}/kept", "desk service supervisor",
            "POST /promises/{id}/renegotiate", "desk service supervisor",
            "GET /residents", "desk service cashier supervisor admin",
            "GET /residents/{id}", "desk service cashier supervisor admin",
            "POST /residents/{id}/phones/{index}/reveal", "service supervisor",
            "DELETE /api/v1/inspections/desks/{deskId}/items/{itemId}", "supervisor",
            "GET /api/v1/arrears", "service cashier supervisor",
            "GET /api/v1/arrears/rules", "service cashier supervisor",
            "GET /api/v1/arrears/calls", "service supervisor",
            "POST /api/v1/sites/{id}/telephony-token", "admin",
            "POST /api/v1/telephony/{siteCode}/events", "PHONE_SYSTEM",
            "GET /desk/phone/ringing", "desk service supervisor",
            "POST /inspections/desks/{deskId}/items/{itemId}/move", "supervisor",
            "POST /inspections/desks/{deskId}/shifts", "supervisor",
            "PUT /api/v1/inspections/desks/{deskId}/items/order", "supervisor",
            "PUT /api/v1/inspections/desks/{deskId}/shifts", "supervisor",
            "POST /api/v1/visits/{id}/arrived", "desk service supervisor",
            "POST /api/v1/visits/{id}/cancel", "desk service supervisor",
            "POST /desk/visits/{id}/arrived", "desk service supervisor",
            "POST /desk/visits/{id}/cancel", "desk service supervisor",
            "GET /desk/phone/calls/{id}", "desk service supervisor",
            "POST /desk/phone/calls/{id}/called-back", "desk service supervisor",
            "GET /api/v1/arrears/policy", "service cashier supervisor",
            "PUT /api/v1/arrears/policy", "supervisor",
            "POST /api/v1/collection-cases/{id}/assignee", "supervisor",
            "POST /api/v1/collection-cases/{id}/dial", "service supervisor",
            "POST /api/v1/collection-cases/{id}/demand", "service cashier supervisor",
            "POST /api/v1/collection-cases/{id}/demand/sent", "service cashier supervisor",
            "GET /arrears/calls", "service supervisor",
            "POST /arrears/policy", "supervisor",
            "POST /arrears/cases/{id}/assignee", "supervisor",
            "POST /arrears/cases/{id}/dial", "service supervisor",
            "POST /arrears/cases/{id}/demand", "service cashier supervisor",
            "GET /arrears/cases/{id}/demand", "service cashier supervisor",
            "POST /arrears/cases/{id}/demand/sent", "service cashier supervisor",
            "GET /api/v1/call-outs", "desk service cashier supervisor admin",
            "GET /api/v1/call-outs/{id}", "desk service cashier supervisor admin",
            "GET /api/v1/collection-cases/{id}", "service cashier supervisor",
            "GET /api/v1/dashboard", "supervisor admin",
            "GET /api/v1/dashboard/staff/{column}/{username}", "supervisor",
            "GET /api/v1/dashboard/{section}/{figure}", "supervisor admin",
            "GET /api/v1/inspections", "desk service cashier supervisor admin",
            "GET /api/v1/inspections/desks", "desk service cashier supervisor admin",
            "GET /api/v1/inspections/history", "desk service cashier supervisor admin",
            "GET /api/v1/inspections/pass-rates", "supervisor admin",
            "GET /api/v1/inspections/{id}", "desk service cashier supervisor admin",
            "GET /api/v1/items", "desk service supervisor",
            "GET /api/v1/items/{id}", "desk service supervisor",
            "GET /api/v1/items/{id}/custody", "desk service supervisor",
            "GET /api/v1/mail-proxies", "desk service supervisor",
            "GET /api/v1/on-call", "desk service cashier supervisor admin",
            "GET /api/v1/outbound-documents", "desk service supervisor",
            "GET /api/v1/outbound-documents/{id}", "desk service supervisor",
            "GET /api/v1/outbound-documents/{id}/custody", "desk service supervisor",
            "GET /api/v1/residents/{id}/export", "supervisor admin",
            "GET /api/v1/suggestions", "desk service cashier supervisor admin",
            "GET /api/v1/suggestions/{id}", "desk service cashier supervisor admin",
            "GET /arrears", "service cashier supervisor",
            "GET /arrears/cases/{id}", "service cashier supervisor",
            "GET /arrears/cases/{id}/statement", "service cashier supervisor",
            "GET /arrears/rules", "service cashier supervisor",
            "GET /audit.csv", "supervisor admin",
            "GET /dashboard", "supervisor admin",
            "GET /dashboard/staff/{column}/{username}", "supervisor",
            "GET /dashboard/{section}/{figure}", "supervisor admin",
            "GET /inspections", "desk service cashier supervisor admin",
            "GET /inspections/desks/{deskId}/new", "desk service cashier supervisor",
            "GET /inspections/history", "desk service cashier supervisor admin",
            "GET /inspections/photos/{resultId}", "desk service cashier supervisor admin",
            "GET /inspections/{id}", "desk service cashier supervisor admin",
            "GET /mailroom", "desk service supervisor",
            "GET /mailroom/items/{id}", "desk service cashier supervisor admin",
            "GET /mailroom/items/{id}/photo", "desk service supervisor",
            "GET /mailroom/items/{id}/signature", "desk service supervisor",
            "GET /mailroom/outbound", "desk service supervisor",
            "GET /mailroom/proxies", "desk service supervisor",
            "GET /mailroom/outbound/senders", "desk service supervisor",
            "GET /mailroom/recipients", "desk service supervisor",
            "GET /mailroom/waiting", "desk service supervisor",
            "GET /on-call", "desk service cashier supervisor admin",
            "GET /on-call/call-outs", "desk service cashier supervisor admin",
            "GET /on-call/now", "desk service cashier supervisor admin",
            "GET /privacy/residents/{id}", "supervisor admin",
            "GET /privacy/residents/{id}/export.json", "supervisor admin",
            "GET /suggestions", "desk service cashier supervisor admin",
            "POST /api/v1/call-outs", "desk service supervisor",
            "POST /api/v1/call-outs/{id}/ack", "desk service cashier supervisor admin",
            "POST /api/v1/call-outs/{id}/arrived", "desk service cashier supervisor admin",
            "POST /api/v1/arrears/rules", "supervisor",
            "POST /api/v1/collection-cases", "service cashier supervisor",
            "POST /api/v1/collection-cases/{id}/complaint", "service cashier supervisor",
            "POST /api/v1/collection-cases/{id}/contacts", "service cashier supervisor",
            "POST /api/v1/collection-cases/{id}/hold", "service cashier supervisor",
            "POST /api/v1/collection-cases/{id}/release", "supervisor",
            "POST /api/v1/collection-cases/{id}/statement", "service cashier supervisor",
            "POST /api/v1/inspections", "desk service cashier supervisor",
            "POST /api/v1/inspections/desks", "supervisor",
            "POST /api/v1/inspections/desks/{deskId}/items", "supervisor",
            "POST /api/v1/items", "desk service supervisor",
            "POST /api/v1/items/{id}/acknowledge", "desk service cashier supervisor admin",
            "POST /api/v1/items/{id}/handover", "desk service supervisor",
            "POST /api/v1/items/{id}/release", "supervisor",
            "POST /api/v1/items/{id}/return", "desk service supervisor",
            "POST /api/v1/mail-proxies", "service supervisor",
            "POST /api/v1/mail-proxies/{id}/revoke", "service supervisor",
            "POST /api/v1/outbound-documents", "desk service supervisor",
            "POST /api/v1/outbound-documents/{id}/confirmation", "desk service supervisor",
            "POST /api/v1/residents/{id}/erasure", "supervisor admin",
            "POST /api/v1/suggestions", "desk service cashier supervisor admin",
            "POST /api/v1/suggestions/{id}/accept", "supervisor",
            "POST /api/v1/suggestions/{id}/decline", "supervisor",
            "POST /api/v1/suggestions/{id}/done", "desk service cashier supervisor admin",
            "POST /arrears/cases", "service cashier supervisor",
            "POST /arrears/cases/{id}/complaint", "service cashier supervisor",
            "POST /arrears/cases/{id}/contacts", "service cashier supervisor",
            "POST /arrears/cases/{id}/hold", "service cashier supervisor",
            "POST /arrears/cases/{id}/release", "supervisor",
            "POST /arrears/cases/{id}/statement", "service cashier supervisor",
            "POST /arrears/rules", "supervisor",
            "POST /arrears/rules/{code}", "supervisor",
            "POST /inspections/desks", "supervisor",
            "POST /inspections/desks/{deskId}", "desk service cashier supervisor",
            "POST /inspections/desks/{deskId}/items", "supervisor",
            "POST /inspections/desks/{deskId}/items/{itemId}/remove", "supervisor",
            "POST /mailroom/items", "desk service supervisor",
            "POST /mailroom/items/{id}/acknowledge", "desk service cashier supervisor admin",
            "POST /mailroom/items/{id}/handover", "desk service supervisor",
            "POST /mailroom/items/{id}/release", "supervisor",
            "POST /mailroom/items/{id}/return", "desk service supervisor",
            "POST /mailroom/outbound", "desk service supervisor",
            "POST /mailroom/proxies", "service supervisor",
            "POST /mailroom/proxies/{id}/revoke", "service supervisor",
            "POST /mailroom/outbound/{id}/confirmation", "desk service supervisor",
            "POST /on-call/call-outs", "desk service supervisor",
            "POST /on-call/call-outs/{id}/ack", "desk service cashier supervisor admin",
            "POST /on-call/call-outs/{id}/arrived", "desk service cashier supervisor admin",
            "POST /on-call/shifts", "supervisor",
            "POST /on-call/shifts/{id}/remove", "supervisor",
            "POST /privacy/residents/{id}/erasure", "supervisor admin",
            "POST /suggestions", "desk service cashier supervisor admin",
            "POST /suggestions/{id}/accept", "supervisor",
            "POST /suggestions/{id}/decline", "supervisor",
            "POST /suggestions/{id}/done", "desk service cashier supervisor admin",
            "PUT /api/v1/items/{id}/photo", "desk service supervisor",
            "PUT /api/v1/arrears/rules/{code}", "supervisor",
            "PUT /api/v1/on-call", "supervisor",
            "GET /sso/login", "CODE_FLOW",
            "POST /j_security_check", "PUBLIC",
            "GET /me", "SIGNED_IN",
            "POST /me/password", "SIGNED_IN",
            "POST /me/sessions/{id}/end", "SIGNED_IN",
            "POST /me/sessions/end-others", "SIGNED_IN",
            "GET /api/v1/me/sessions", "SIGNED_IN",
            "POST /api/v1/me/sessions/{id}/end", "SIGNED_IN",
            "PUT /api/v1/me/password", "SIGNED_IN",
            "GET /staff", "admin",
            "POST /staff", "admin",
            "GET /staff/new", "admin",
            "GET /staff/{username}", "admin",
            "POST /staff/{username}", "admin",
            "POST /staff/{username}/disable", "admin",
            "POST /staff/{username}/enable", "admin",
            "POST /staff/{username}/password-reset", "admin",
            "POST /staff/{username}/unlock", "admin",
            "GET /api/v1/staff", "admin",
            "POST /api/v1/staff", "admin",
            "GET /api/v1/staff/{username}", "admin",
            "PUT /api/v1/staff/{username}", "admin",
            "POST /api/v1/staff/{username}/disable", "admin",
            "POST /api/v1/staff/{username}/enable", "admin",
            "POST /api/v1/staff/{username}/password-reset", "admin",
            "POST /api/v1/staff/{username}/unlock", "admin",
            // Day one: sites (administrators), buildings and units (and the site's supervisors), keeping residents.
            "GET /api/v1/sites", "admin",
            "POST /api/v1/sites", "admin",
            "GET /api/v1/sites/{id}", "admin",
            "PUT /api/v1/sites/{id}", "admin",
            "POST /api/v1/sites/{id}/close", "admin",
            "POST /api/v1/sites/{id}/reopen", "admin",
            "GET /api/v1/sites/{id}/buildings", "supervisor admin",
            "POST /api/v1/sites/{id}/buildings", "supervisor admin",
            "POST /api/v1/sites/{id}/units", "supervisor admin",
            "PUT /api/v1/buildings/{id}", "supervisor admin",
            "POST /api/v1/buildings/{id}/close", "supervisor admin",
            "GET /api/v1/buildings/{id}/units", "desk service cashier supervisor admin",
            "GET /api/v1/units/{id}", "desk service cashier supervisor admin",
            "PUT /api/v1/units/{id}", "supervisor admin",
            "POST /api/v1/units/{id}/close", "supervisor admin",
            "POST /api/v1/units/{id}/owner-change", "service supervisor admin",
            "PUT /api/v1/residents/{id}", "service supervisor admin",
            "POST /api/v1/residents/{id}/move-in", "service supervisor admin",
            "POST /api/v1/residents/{id}/move-out", "service supervisor admin",
            "GET /sites", "admin",
            "POST /sites", "admin",
            "GET /sites/{id}", "admin",
            "POST /sites/{id}", "admin",
            "POST /sites/{id}/close", "admin",
            "POST /sites/{id}/reopen", "admin",
            "GET /sites/choose", "desk service cashier supervisor admin",
            "POST /sites/choose", "desk service cashier supervisor admin",
            "GET /units", "supervisor admin",
            "GET /sites/{id}/units", "supervisor admin",
            "POST /sites/{id}/buildings", "supervisor admin",
            "POST /sites/{id}/units", "supervisor admin",
            "POST /buildings/{id}", "supervisor admin",
            "POST /buildings/{id}/close", "supervisor admin",
            "GET /units/{id}", "desk service cashier supervisor admin",
            "POST /units/{id}", "supervisor admin",
            "POST /units/{id}/close", "supervisor admin",
            "POST /units/{id}/owner-change", "service supervisor admin",
            "GET /residents/new", "service supervisor admin",
            "POST /residents", "service supervisor admin",
            "GET /residents/{id}/edit", "service supervisor admin",
            "POST /residents/{id}", "service supervisor admin",
            "POST /residents/{id}/move-in", "service supervisor admin",
            "POST /residents/{id}/move-out", "service supervisor admin",
            // Issue 20: the working calendar, lending, the shift handover, the resident's survey.
            "GET /api/v1/sites/{id}/calendar", "desk service cashier supervisor admin",
            "PUT /api/v1/sites/{id}/calendar", "supervisor admin",
            "POST /api/v1/sites/{id}/calendar/days", "supervisor admin",
            "GET /api/v1/sites/{id}/calendar/due", "desk service cashier supervisor admin",
            "GET /calendar", "supervisor admin",
            "POST /calendar/hours", "supervisor admin",
            "POST /calendar/days", "supervisor admin",
            "POST /calendar/days/{date}/remove", "supervisor admin",
            "POST /calendar/import", "supervisor admin",
            "POST /api/v1/loans", "desk service cashier supervisor",
            "GET /api/v1/loans", "desk service cashier supervisor",
            "GET /api/v1/loans/ids-held", "desk service cashier supervisor",
            "GET /api/v1/loans/{id}", "desk service cashier supervisor",
            "POST /api/v1/loans/{id}/return", "desk service cashier supervisor",
            "POST /api/v1/loans/{id}/id-missing", "supervisor",
            "GET /loans", "desk service cashier supervisor",
            "POST /loans", "desk service cashier supervisor",
            "GET /loans/borrowers", "desk service cashier supervisor",
            "GET /loans/{id}", "desk service cashier supervisor",
            "POST /loans/{id}/return", "desk service cashier supervisor",
            "POST /loans/{id}/id-missing", "supervisor",
            "GET /loans/{id}/signature", "desk service cashier supervisor",
            "POST /api/v1/handovers", "desk service cashier supervisor",
            "GET /api/v1/handovers", "desk service cashier supervisor",
            "GET /api/v1/handovers/{id}", "desk service cashier supervisor",
            "POST /api/v1/handovers/{id}/confirm", "desk service cashier supervisor",
            "GET /api/v1/handovers/differences", "supervisor",
            "POST /api/v1/handovers/differences/{id}/settle", "supervisor",
            "GET /handovers", "desk service cashier supervisor",
            "POST /handovers", "desk service cashier supervisor",
            "GET /handovers/new", "desk service cashier supervisor",
            "GET /handovers/{id}", "desk service cashier supervisor",
            "POST /handovers/{id}/confirm", "desk service cashier supervisor",
            "POST /handovers/differences/{id}/settle", "supervisor",
            "GET /api/v1/complaints/{id}/surveys", "desk service supervisor admin",
            "GET /survey/{token}", "PUBLIC",
            "POST /survey/{token}", "PUBLIC",
            "POST /api/v1/sites/{id}/imports/{kind}", "supervisor admin",
            "GET /api/v1/imports/{id}", "supervisor admin",
            "GET /api/v1/imports/templates/{kind}", "supervisor admin",
            "GET /api/v1/sites/{id}/exports/{kind}", "supervisor admin",
            "GET /imports", "supervisor admin",
            "POST /imports", "supervisor admin",
            "GET /imports/{id}", "supervisor admin",
            "POST /imports/{id}/confirm", "supervisor admin"
    );

    /** The page forms that post multipart/form-data (a photo from the tablet camera). */
    static final Set<String> MULTIPART_FORMS = Set.of("POST /inspections/desks/{deskId}", "POST /mailroom/items",
            "POST /calendar/import",
            "POST /imports");

    /** The API routes that take a photo's bytes as the body. */
    static final Set<String> BINARY_UPLOADS = Set.of("PUT /api/v1/items/{id}/photo",
            "POST /api/v1/sites/{id}/calendar/days");

    /** Query parameters a read needs before it looks for its record (without them: 400 on any site). */
    static final Map<String, String> REQUIRED_QUERIES = Map.of("GET /api/v1/sites/{id}/calendar/due", "?withinHours=2");

    static final List<String> IDENTITIES = List.of("anonymous", Roles.DESK, Roles.SERVICE, Roles.CASHIER,
            Roles.SUPERVISOR, Roles.ADMIN);

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)[^}]*}");

    @Inject
    TestSites sites;

    long ownResident;
    long ownUnit;
    long otherResident;
    long otherUnit;

    @BeforeEach
    void setUp() {
        sites.ensure();
        ownResident = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        ownUnit = Api.as("desk").queryParam("q", "5棟2單元502").get("/api/v1/units").jsonPath().getLong("[0].id");
        otherResident = Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "王五").get("/api/v1/residents").jsonPath()
                .getLong("[0].id");
        otherUnit = Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "1棟1單元101").get("/api/v1/units").jsonPath()
                .getLong("[0].id");
    }

    /** The routes of the running application: every operation of its OpenAPI document. */
    static Set<String> routes() {
        Map<String, Map<String, Object>> paths = Api.anonymous().accept(ContentType.JSON).get("/q/openapi?format=json")
                .jsonPath().getMap("paths");
        Set<String> routes = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(verb -> routes.add(
                verb.toUpperCase(java.util.Locale.ROOT) + " " + PARAMETER.matcher(path).replaceAll("{$1}"))));
        return routes;
    }

    @Test
    void everyRouteHasAnExpectationAndEveryExpectationARoute() {
        Set<String> routes = routes();
        List<String> missing = routes.stream().filter(r -> !EXPECTED.containsKey(r)).toList();
        List<String> stale = EXPECTED.keySet().stream().filter(r -> !routes.contains(r)).toList();
        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail("Routes without an entry in AuthorizationMatrixTest.EXPECTED: " + missing
                    + "; entries without a route: " + stale);
        }
        assertTrue(routes.size() > 100, "the OpenAPI document lists the pages too: " + routes.size());
    }

    @Test
    void everyRouteTimesEveryRoleOnTheOwnSite() {
        Map<String, Browser> sessions = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String route : routes()) {
            String expectation = EXPECTED.get(route);
            if (expectation == null) {
                continue; // reported by everyRouteHasAnExpectationAndEveryExpectationARoute
            }
            String verb = route.substring(0, route.indexOf(' '));
            String path = concrete(route.substring(route.indexOf(' ') + 1), ownResident, ownUnit);
            for (String identity : IDENTITIES) {
                Response response = call(route, identity, verb, path, sessions);
                checkHeaders(route, identity, response, wrong);
                String problem = judge(route, expectation, identity, path, response);
                if (problem != null) {
                    wrong.add(problem);
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " answers differ from the matrix:\n" + String.join("\n", wrong));
    }

    @Test
    void anotherSitesIdsAreNotFoundForEveryAllowedRole() {
        Map<String, Browser> sessions = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String route : routes()) {
            String expectation = EXPECTED.getOrDefault(route, "");
            if (!route.startsWith("GET ") || !identifiesAThing(route) || !isRoleList(expectation)) {
                continue;
            }
            String path = concrete(route.substring(4), otherResident, otherUnit)
                    + REQUIRED_QUERIES.getOrDefault(route, "");
            for (String role : expectation.split(" ")) {
                Response response = call(route, role, "GET", path, sessions);
                if (response.statusCode() != 404) {
                    wrong.add(route + " as " + role + " (" + path + "): " + response.statusCode());
                }
            }
        }
        // And the other site's desk, with this site's ids.
        Response theirs = Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/residents/" + ownResident);
        assertEquals(404, theirs.statusCode());
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * Every state-changing page route (every POST outside /api, enumerated from the OpenAPI document) refuses a
     * form without the token, with a forged header and with a forged field, and writes nothing: no table of the
     * database has a row more or less afterwards (the scheduled jobs are off in tests).
     */
    @Test
    void everyStateChangingFormRefusesAMissingOrWrongCsrfToken() {
        List<String> wrong = new ArrayList<>();
        Map<String, Browser> sessions = new HashMap<>();
        List<String> formRoutes = routes().stream().filter(route -> route.startsWith("POST ")
                && !route.startsWith("POST /api/") && !EXPECTED.getOrDefault(route, "").equals("CODE_FLOW")).toList();
        formRoutes.forEach(route -> sessions.computeIfAbsent(roleFor(route), Browser::signIn));
        Map<String, Long> rowsBefore = rowCounts();
        for (String route : formRoutes) {
            String role = roleFor(route);
            Browser browser = sessions.get(role);
            String path = concrete(route.substring(5), ownResident, ownUnit);
            boolean multipart = MULTIPART_FORMS.contains(route);
            int missing = form(browser.request().header("HX-Request", "true"), multipart, "note", "x").post(path)
                    .statusCode();
            int forged = form(browser.request().header("HX-Request", "true").header("X-CSRF-TOKEN", "forged"),
                    multipart, "note", "x").post(path).statusCode();
            int forgedField = form(form(browser.request(), multipart, "csrf-token", "forged"), multipart, "note", "x")
                    .post(path).statusCode();
            if (missing != 400 || forged != 400 || forgedField != 400) {
                wrong.add(route + " as " + role + ": no token " + missing + ", wrong header " + forged
                        + ", wrong field " + forgedField);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(rowsBefore, rowCounts(), "a refused form wrote nothing");
        assertTrue(formRoutes.size() > 60, "every form route: " + formRoutes.size());
    }

    /** A role that may post to the route (the first one named), so that only the token can be what refuses it. */
    private static String roleFor(String route) {
        String expectation = EXPECTED.getOrDefault(route, "");
        return isRoleList(expectation) ? expectation.split(" ")[0] : Roles.DESK;
    }

    @Inject
    javax.sql.DataSource dataSource;

    private Map<String, Long> rowCounts() {
        return rowCounts(dataSource);
    }

    /** The number of rows of every table of the application. */
    static Map<String, Long> rowCounts(javax.sql.DataSource dataSource) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rows = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            // The public page's request counter counts every request, refused or not: that is its rate limit.
            tables.remove("public_request_count");
            for (String table : tables) {
                try (var rows = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static RequestSpecification form(RequestSpecification request, boolean multipart, String name,
            String value) {
        return multipart ? request.multiPart(name, value) : request.formParam(name, value);
    }

    /** A route with an id in its path (not only a date or a cashier's name, which select lists). */
    static boolean identifiesAThing(String route) {
        Matcher matcher = PARAMETER.matcher(route);
        while (matcher.find()) {
            if (!Set.of("date", "cashier", "index").contains(matcher.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoleList(String expectation) {
        return !expectation.isEmpty() && Arrays.stream(expectation.split(" ")).allMatch(r -> Arrays.asList(Roles.ALL)
                .contains(r));
    }

    /** What is wrong with the answer, or null. */
    private static String judge(String route, String expectation, String identity, String path, Response response) {
        int status = response.statusCode();
        boolean api = path.startsWith("/api/");
        String where = route + " as " + identity + " (" + path + "): " + status;
        if (status >= 500) {
            return where + " — a server error";
        }
        if (expectation.equals("CODE_FLOW")) {
            // Only the identity provider's code flow opens it: everyone is sent there (or to the sign-in page).
            return status == 302 ? null : where + " — expected a redirect to the identity provider";
        }
        if (expectation.equals("PHONE_SYSTEM")) {
            return status == 401 ? null : where + " — only the phone system's token opens it";
        }
        if (expectation.equals("PUBLIC")) {
            return status == 401 || status == 403 ? where + " — public, yet refused" : null;
        }
        if (identity.equals("anonymous")) {
            if (api) {
                return status == 401 ? null : where + " — expected 401";
            }
            // The sign-in page, or the identity provider's where single sign-on is configured (as in tests).
            String location = response.header("Location");
            boolean toSignIn = location != null && (location.endsWith("/login") || location.contains("/realms/"));
            return status == 302 && toSignIn ? null : where + " — expected the sign-in page";
        }
        boolean allowed = expectation.equals("SIGNED_IN") || Arrays.asList(expectation.split(" ")).contains(identity);
        if (allowed) {
            return status == 401 || status == 403 ? where + " — allowed, yet refused" : null;
        }
        return status == 403 ? null : where + " — expected 403";
    }

    private static void checkHeaders(String route, String identity, Response response, List<String> wrong) {
        String csp = response.header("Content-Security-Policy");
        if (csp == null || !csp.contains("frame-ancestors 'none'") || !"nosniff".equals(response.header(
                "X-Content-Type-Options")) || !"DENY".equals(response.header("X-Frame-Options"))
                || response.header("Referrer-Policy") == null) {
            wrong.add(route + " as " + identity + ": security headers missing " + response.headers());
        }
    }

    private Response call(String route, String identity, String verb, String path, Map<String, Browser> sessions) {
        RequestSpecification request;
        if (identity.equals("anonymous")) {
            request = Api.anonymous();
        } else if (BINARY_UPLOADS.contains(route)) {
            request = Api.as(identity).contentType("application/octet-stream").body(new byte[] { 1 });
        } else if (path.startsWith("/api/")) {
            request = Api.as(identity).contentType(ContentType.JSON).body(verb.equals("GET") ? "" : "{}");
        } else {
            // Signing out ends the session on the server: it gets a session of its own, not the one the rest share.
            Browser browser = route.equals("POST /logout") ? Browser.signIn(identity)
                    : sessions.computeIfAbsent(identity, Browser::signIn);
            request = browser.request();
            if (!verb.equals("GET")) {
                // A plain form post with the page's token (not htmx, whose redirects to the sign-in become 401).
                request = form(request.header("X-CSRF-TOKEN", tokens.computeIfAbsent(browser, Browser::csrfToken)),
                        MULTIPART_FORMS.contains(route), "matrix", "1");
            }
        }
        return verb.equals("GET") ? request.get(path) : request.request(verb, path);
    }

    private final Map<Browser, String> tokens = new HashMap<>();

    /** The route with its parameters filled: resident and unit ids as given, other ids an id no site has. */
    static String concrete(String template, long residentId, long unitId) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "unitId" -> String.valueOf(unitId);
                case "id" -> template.startsWith("/residents") || template.startsWith("/api/v1/residents")
                        ? String.valueOf(residentId)
                        : "987654321";
                case "date" -> "2001-01-01";
                case "cashier" -> "nobody";
                case "index" -> "0";
                case "receiptNo" -> "X-2001-000000";
                case "siteCode" -> TestSites.SITE_A;
                default -> "987654321";
            };
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static Map<String, String> table(String... routeThenRoles) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < routeThenRoles.length; i += 2) {
            table.put(routeThenRoles[i], routeThenRoles[i + 1]);
        }
        return table;
    }
}
