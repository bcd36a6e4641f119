package steward.center;

import steward.web.StoredText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.StewardConfig;
import steward.notify.NotificationService;
import steward.resident.Phones;
import steward.security.Account;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InputRules;
import steward.web.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Call-outs (緊急到崗, 一 8: 迅速前往工作現場,不得以任何理由拒絕到崗): the desk or a supervisor calls someone in;
 * they acknowledge, then arrive. Who is called is told through the outbox at once; see {@link CallOutEscalation}
 * for what happens when nobody acknowledges.
 */
@ApplicationScoped
public class CallOutService {

    static final int MAX_LIST = 200;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    StewardConfig config;

    @Inject
    OnCallService onCall;

    @Inject
    NotificationService notifications;

    @Inject
    InputRules rules;

    /** Whether someone is on call now, and whether a named colleague is of the site, the service checks. */
    public record NewCallOut(
            @Schema(description = "Whom to call; required when no one is on call now (else the one on call)")
                    String username,
            @Schema(example = "B座電梯困人,需要值班人員到場")
            @NotBlank(message = "{steward.required}") @Size(max = 500, message = "{steward.too_long}") String reason) {

        public NewCallOut {
            username = username == null ? null : username.strip();
            reason = reason == null ? null : reason.strip();
        }
    }

    public record View(Long id, String called, String calledName, String phone, String phoneDisplay, String reason,
            CallOut.State state, String requestedBy, Instant requestedAt, Instant acknowledgedAt,
            String acknowledgedBy, Instant arrivedAt, Instant escalatedAt, Long secondsToAcknowledge) {

        public String tel() {
            return phone == null ? null : "tel:" + phone;
        }
    }

    /**
     * Calls someone in: the named staff member of the site, or else whoever is on call first right now. They are
     * notified at once; the phone to dial is the one on their shift, else their account's.
     */
    @Transactional
    public CallOut request(NewCallOut input) {
        String reason = rules.check(input).reason();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Long siteId = staff.currentSiteId();
        Instant now = clock.instant();
        String username = input.username() == null ? "" : input.username();
        OnCallShift shift = null;
        if (username.isEmpty()) {
            shift = OnCallShift.find("siteId = ?1 and role = ?2 and startsAt <= ?3 and endsAt > ?3 "
                    + "order by startsAt desc, id", siteId, OnCallShift.Role.PRIMARY, now).firstResult();
            if (shift == null) {
                errors.add("username", CenterText.said(CenterMessages::error_nobody_on_call));
            }
        } else if (onCall.siteStaff().stream().noneMatch(a -> a.username.equals(username))) {
            errors.add("username", CenterText.said(CenterMessages::error_unknown_staff));
        } else {
            shift = OnCallShift.find("siteId = ?1 and username = ?2 and startsAt <= ?3 and endsAt > ?3 "
                    + "order by startsAt desc, id", siteId, username, now).firstResult();
        }
        errors.throwIfAny();
        String called = shift != null ? shift.username : username;
        CallOut callOut = new CallOut();
        callOut.siteId = siteId;
        callOut.called = called;
        callOut.phone = shift != null ? shift.phone : accountPhone(called);
        callOut.reason = reason;
        callOut.requestedBy = staff.username();
        callOut.requestedAt = now;
        callOut.persist();
        notifications.staff(called).ifPresent(recipient -> notifications.enqueue(new NotificationService.Message(
                siteId, alertKeyPrefix(callOut.id) + "requested:" + called, recipient,
                StoredText.of("center:call_out_subject", siteName(siteId)),
                StoredText.of("center:call_out_body", staff.displayName(), reason),
                "/on-call#call-out-" + callOut.id)));
        return callOut;
    }

    /**
     * "On my way": by the one called, or recorded by the desk or a supervisor they phoned. Only once; the
     * call-out's banners are cleared, its escalation no longer due.
     */
    @Transactional
    public CallOut acknowledge(Long id) {
        CallOut callOut = lock(id);
        boolean recorder = staff.hasRole(Roles.DESK) || staff.hasRole(Roles.SUPERVISOR);
        if (!callOut.called.equals(staff.username()) && !recorder) {
            throw new ForbiddenException();
        }
        if (callOut.state != CallOut.State.REQUESTED) {
            throw new Conflict(CenterText.said(t -> t.conflict_call_out(t.call_out_state(callOut.state))));
        }
        callOut.state = CallOut.State.ACKNOWLEDGED;
        callOut.acknowledgedAt = clock.instant();
        callOut.acknowledgedBy = staff.username();
        notifications.clearInApp(alertKeyPrefix(callOut.id));
        return callOut;
    }

    /** On site. Acknowledged first (an arrival without an acknowledgement would hide how long the call waited). */
    @Transactional
    public CallOut arrived(Long id) {
        CallOut callOut = lock(id);
        boolean recorder = staff.hasRole(Roles.DESK) || staff.hasRole(Roles.SUPERVISOR);
        if (!callOut.called.equals(staff.username()) && !recorder) {
            throw new ForbiddenException();
        }
        if (callOut.state != CallOut.State.ACKNOWLEDGED) {
            throw new Conflict(CenterText.said(t -> t.conflict_call_out(t.call_out_state(callOut.state))));
        }
        callOut.state = CallOut.State.ARRIVED;
        callOut.arrivedAt = clock.instant();
        return callOut;
    }

    public View view(Long id) {
        CallOut callOut = id == null ? null
                : CallOut.findById(id);
        if (callOut == null) {
            throw new NotFoundException();
        }
        return view(callOut);
    }

    /** The call-outs of the caller's site: open ones and those of the last week, newest first. */
    public List<View> recent() {
        Instant since = clock.instant().minus(Duration.ofDays(7));
        return CallOut.<CallOut>find("siteId = ?1 and (state <> ?2 or requestedAt >= ?3) order by requestedAt desc, id desc",
                staff.currentSiteId(), CallOut.State.ARRIVED, since).page(0, MAX_LIST).list().stream()
                .map(this::view).toList();
    }

    View view(CallOut c) {
        Account account = Account.findByUsername(c.called);
        Long seconds = c.acknowledgedAt == null ? null : Duration.between(c.requestedAt, c.acknowledgedAt).toSeconds();
        return new View(c.id, c.called, account != null ? account.displayName : c.called, c.phone,
                c.phone == null ? null : Phones.display(c.phone), c.reason, c.state, c.requestedBy, c.requestedAt,
                c.acknowledgedAt, c.acknowledgedBy, c.arrivedAt, c.escalatedAt, seconds);
    }

    private CallOut lock(Long id) {
        CallOut callOut = id == null ? null
                : CallOut.<CallOut>find("id", id)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (callOut == null) {
            throw new NotFoundException();
        }
        return callOut;
    }

    private String accountPhone(String username) {
        Account account = Account.findByUsername(username);
        return account == null || account.phone == null ? null
                : Phones.normalise(account.phone, config.phoneRegion()).orElse(null);
    }

    private static String siteName(Long siteId) {
        steward.resident.Site site = steward.resident.Site.findById(siteId);
        return site != null ? site.name : "";
    }

    /** Every message about a call-out has a key starting with this. */
    static String alertKeyPrefix(Long callOutId) {
        return "callout:" + callOutId + ":";
    }
}
