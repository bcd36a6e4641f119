package steward.telephony;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import steward.notify.NotificationService;
import steward.promise.Promise;
import steward.promise.PromiseService;
import steward.promise.PromiseSource;
import steward.promise.SiteTimes;
import steward.reception.CallService;
import steward.reception.PhoneCall;
import steward.reception.ReceptionMessages;
import steward.resident.Phones;
import steward.resident.Site;
import steward.security.Roles;
import steward.web.InputRules;
import steward.web.InvalidInput;
import steward.web.Words;

/**
 * The site's phone system reporting its calls. Each event is kept once per (call, event), however often it is
 * sent; the call is worked out again from all of its events under a lock of its row, so that events may come in
 * any order and two at once: rang at the new call, answered at the answer, missed at a hang-up without one, the
 * seconds it rang measured between them against the site's standard (15 s, about three
 * rings, unless the site set another). A missed incoming call
 * is a callback promised in the ledger, owned by the desk; a later call with the same number that is answered
 * (the caller again, or the desk calling back) keeps it.
 */
@ApplicationScoped
public class PhoneEvents {

    /** An event may be stamped at most this far ahead of Steward's clock (clocks drift). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallService calls;

    @Inject
    PromiseService promises;

    @Inject
    NotificationService notifications;

    @Inject
    InputRules inputRules;

    /** What the phone system is told back: the call as Steward now sees it. */
    public record Answer(String callId, PhoneCall.State state, Integer ringSeconds, boolean measured,
            Boolean answeredWithinStandard, boolean duplicate) {
    }

    @Transactional
    public Answer receive(Long siteId, PhoneEvent event) {
        inputRules.check(event);
        Instant now = clock.instant();
        Instant at = event.at() == null ? now : event.at().toInstant();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw InvalidInput.of("at", Words.of(ReceptionMessages.class, ReceptionMessages::error_event_time));
        }
        String callId = event.callId().strip();
        int added = em.createNativeQuery("""
                insert into telephony_event (site_id, call_id, event, occurred_at, received_at, direction, caller,
                                             called, extension, cause)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (site_id, call_id, event) do nothing""")
                .setParameter(1, siteId).setParameter(2, callId).setParameter(3, event.event().name())
                .setParameter(4, at).setParameter(5, now)
                .setParameter(6, event.direction() == null ? null : event.direction().name())
                .setParameter(7, blankToNull(event.from())).setParameter(8, blankToNull(event.to()))
                .setParameter(9, blankToNull(event.user())).setParameter(10, blankToNull(event.cause()))
                .executeUpdate();
        // The call's row: made by the first of its events, then locked, so that its events are applied in turn.
        em.createNativeQuery("""
                insert into phone_call (site_id, pbx_call_id, state, started_at, rings_before_answer)
                values (?1, ?2, 'RINGING', ?3, null)
                on conflict (site_id, pbx_call_id) where pbx_call_id is not null do nothing""")
                .setParameter(1, siteId).setParameter(2, callId).setParameter(3, at).executeUpdate();
        PhoneCall call = PhoneCall.<PhoneCall>find("siteId = ?1 and pbxCallId = ?2", siteId, callId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (added > 0) {
            apply(call, events(siteId, callId), now);
        }
        return new Answer(callId, call.state, call.ringSeconds, call.isMeasured(), call.answeredWithinStandard(),
                added == 0);
    }

    /** A call's events as received, one per kind. */
    private record Event(PhoneEvent.Kind kind, Instant at, String direction, String caller, String called,
            String extension, String cause) {
    }

    private List<Event> events(Long siteId, String callId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select event, occurred_at, direction, caller, called, extension, cause from telephony_event
                 where site_id = ?1 and call_id = ?2""").setParameter(1, siteId).setParameter(2, callId)
                .getResultList();
        return rows.stream().map(r -> new Event(PhoneEvent.Kind.valueOf((String) r[0]), SiteTimes.instantOf(r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6])).toList();
    }

    /** Works the call out from all its events, whatever order they came in. */
    private void apply(PhoneCall call, List<Event> events, Instant now) {
        Optional<Event> rang = of(events, PhoneEvent.Kind.NEW_CALL);
        Optional<Event> answered = of(events, PhoneEvent.Kind.ANSWER);
        Optional<Event> hungUp = of(events, PhoneEvent.Kind.HANGUP);
        PhoneCall.State before = call.state;
        call.direction = events.stream().map(Event::direction).filter(d -> d != null)
                .map(PhoneCall.Direction::valueOf).findFirst().orElse(PhoneCall.Direction.IN);
        boolean in = call.direction == PhoneCall.Direction.IN;
        // The other party: the caller of an incoming call, the number dialled of an outgoing one.
        String party = events.stream().map(e -> in ? e.caller() : e.called()).filter(n -> n != null).findFirst()
                .orElse(null);
        String line = events.stream().map(e -> in ? e.called() : e.caller()).filter(n -> n != null).findFirst()
                .orElse(null);
        Site site = Site.findById(call.siteId);
        call.callerPhone = party == null ? null : Phones.normalise(party, site.phoneRegion).orElse(null);
        call.calledNumber = line == null ? null
                : Phones.normalise(line, site.phoneRegion).orElse(line.length() <= 40 ? line : null);
        call.rangAt = rang.map(Event::at).orElse(null);
        call.answeredAt = answered.map(Event::at).orElse(null);
        call.hungUpAt = hungUp.map(Event::at).orElse(null);
        call.extension = answered.map(Event::extension).orElse(null);
        call.hangupCause = hungUp.map(Event::cause).orElse(null);
        call.state = call.answeredAt != null ? PhoneCall.State.ANSWERED
                : call.hungUpAt != null ? PhoneCall.State.MISSED : PhoneCall.State.RINGING;
        Instant end = call.state == PhoneCall.State.ANSWERED ? call.answeredAt
                : call.state == PhoneCall.State.MISSED ? call.hungUpAt : null;
        call.startedAt = call.rangAt != null ? call.rangAt : call.answeredAt != null ? call.answeredAt : call.hungUpAt;
        if (call.rangAt != null && end != null) {
            call.ringSeconds = (int) Math.max(0, Duration.between(call.rangAt, end).toSeconds());
            call.standardSeconds = call.standardSeconds != null ? call.standardSeconds
                    : site.settings.answerWithinSeconds;
        } else {
            call.ringSeconds = null;
            call.standardSeconds = null;
        }
        call.ringsBeforeAnswer = null;
        if (call.answeredBy == null && call.extension != null) {
            call.answeredBy = staffNamed(call.siteId, call.extension).orElse(null);
        }
        if (call.residentId == null && call.callerPhone != null) {
            calls.matchAt(call.callerPhone, call.siteId).ifPresent(match -> {
                call.residentId = match.residentId();
                call.unitId = match.unitId();
            });
        }
        if (call.state == PhoneCall.State.MISSED && in && before != PhoneCall.State.MISSED) {
            promiseCallback(call, now);
        }
        if (call.state == PhoneCall.State.ANSWERED && before != PhoneCall.State.ANSWERED) {
            keepCallbacks(call);
        }
    }

    /** The callback of a missed call, owned by whoever is at the desk, due within the configured time. */
    private void promiseCallback(PhoneCall call, Instant now) {
        if (Promise.count("sourceKind = ?1 and sourceId = ?2", PromiseSource.CALL, call.id) > 0) {
            return;
        }
        Optional<NotificationService.Recipient> owner = deskOf(call.siteId);
        if (owner.isEmpty()) {
            return;
        }
        ReceptionMessages words = MessageBundles.get(ReceptionMessages.class,
                Localized.Literal.of(owner.get().language()));
        Site site = Site.findById(call.siteId);
        Instant due = call.hungUpAt.plus(Duration.ofMinutes(site.settings.missedCallbackMinutes));
        if (!due.isAfter(now)) {
            due = now.plus(Duration.ofMinutes(5));
        }
        Optional<CallService.Match> match = call.callerPhone == null ? Optional.empty()
                : calls.matchAt(call.callerPhone, call.siteId);
        String who = match.map(CallService.Match::residentName)
                .orElse(call.callerPhone == null ? words.caller_withheld() : Phones.display(call.callerPhone));
        promises.makeFor(new PromiseService.Request(PromiseSource.CALL, call.id, call.siteId,
                words.callback_missed(who), match.map(CallService.Match::residentId).orElse(null),
                match.map(CallService.Match::unitId).orElse(null), match.map(CallService.Match::residentName)
                        .orElse(null), call.callerPhone, due), owner.get().username());
    }

    /**
     * The caller reached: the open callbacks of earlier missed calls from this number (or of this very call, when
     * its answer came after its hang-up) are kept.
     */
    private void keepCallbacks(PhoneCall call) {
        @SuppressWarnings("unchecked")
        List<Number> open = em.createNativeQuery("""
                select p.id from promise p join phone_call c on p.source_kind = 'CALL' and p.source_id = c.id
                 where c.site_id = ?1 and p.state = 'OPEN' and c.state = 'MISSED' and c.started_at <= ?3
                   and (c.caller_phone = ?2 or c.id = ?4)
                union
                select p.id from promise p where p.source_kind = 'CALL' and p.source_id = ?4 and p.state = 'OPEN'""")
                .setParameter(1, call.siteId).setParameter(2, call.callerPhone == null ? "" : call.callerPhone)
                .setParameter(3, call.startedAt).setParameter(4, call.id).getResultList();
        open.forEach(id -> promises.keptAsSeen(id.longValue(), call.siteId, PhoneSystemAuthentication.SCHEME));
    }

    /**
     * Who is at the desk: the staff member who last answered a call here, else the site's desk staff (the first
     * by username), else a supervisor.
     */
    private Optional<NotificationService.Recipient> deskOf(Long siteId) {
        @SuppressWarnings("unchecked")
        List<String> last = em.createNativeQuery("""
                select answered_by from phone_call where site_id = ?1 and answered_by is not null
                 order by started_at desc, id desc limit 1""").setParameter(1, siteId).getResultList();
        Optional<NotificationService.Recipient> recent = last.stream().findFirst().flatMap(notifications::staff);
        if (recent.isPresent()) {
            return recent;
        }
        List<NotificationService.Recipient> desk = notifications.staffWithRole(siteId, Roles.DESK);
        if (!desk.isEmpty()) {
            return Optional.of(desk.get(0));
        }
        return notifications.staffWithRole(siteId, Roles.SUPERVISOR).stream().findFirst();
    }

    /** The username of the site's staff member the phone system named (by username, in any case). */
    private Optional<String> staffNamed(Long siteId, String named) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("""
                select a.username from account a join account_site s on s.account_id = a.id
                 where s.site_id = ?1 and a.enabled and lower(a.username) = lower(?2)""")
                .setParameter(1, siteId).setParameter(2, named.strip()).getResultList();
        return found.stream().findFirst();
    }

    private static Optional<Event> of(List<Event> events, PhoneEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
