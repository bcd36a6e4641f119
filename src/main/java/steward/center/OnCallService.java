package steward.center;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.StewardConfig;
import steward.resident.Phones;
import steward.security.Account;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.Words;
import steward.web.Enums;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The on-call roster (一 8: 個人通訊24小時暢通): who is on call when, first or as backup, with their phone.
 * Supervisors keep it; everyone sees who is on call now.
 */
@ApplicationScoped
public class OnCallService {

    /** How far one roster change may reach: a quarter is enough for any rota, and keeps lists short. */
    static final Duration MAX_WINDOW = Duration.ofDays(92);
    static final int MAX_SHIFTS = 1000;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    StewardConfig config;

    @Inject
    EntityManager em;

    public record ShiftView(Long id, String username, String displayName, OnCallShift.Role role, String phone,
            String phoneDisplay, Instant startsAt, Instant endsAt) {

        /** The link the desk taps to dial. */
        public String tel() {
            return "tel:" + phone;
        }
    }

    /** A stretch of the window when nobody is on call first. */
    public record Gap(Instant from, Instant to) {
    }

    public record Roster(Instant from, Instant to, List<ShiftView> shifts, List<Gap> gaps) {
    }

    /** Who is on call at a moment: the first to call, and the backups. */
    public record Now(Instant at, List<ShiftView> primary, List<ShiftView> backup) {

        public boolean isEmpty() {
            return primary.isEmpty() && backup.isEmpty();
        }
    }

    /** A shift as typed: the person (a username of the site), PRIMARY or BACKUP, their phone, from and to. */
    public record NewShift(String username, @Schema(implementation = OnCallShift.Role.class) String role, String phone,
            Instant startsAt, Instant endsAt) {
    }

    /** The shifts starting in [from, to) replace those the roster had there. */
    public record RosterUpdate(
            @Schema(required = true) Instant from,
            @Schema(required = true) Instant to,
            List<NewShift> shifts) {
    }

    public Roster roster(Instant from, Instant to) {
        Instant start = from != null ? from : clock.instant();
        Instant end = to != null ? to : start.plus(Duration.ofDays(7));
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw InvalidInput.of("to", CenterText.said(CenterMessages::error_window));
        }
        List<OnCallShift> shifts = OnCallShift.<OnCallShift>find(
                "siteId = ?1 and startsAt < ?2 and endsAt > ?3 order by startsAt, role, id", staff.currentSiteId(),
                end, start).page(0, MAX_SHIFTS).list();
        List<ShiftView> views = views(shifts);
        return new Roster(start, end, views, gaps(views, start, end));
    }

    public Now now() {
        Instant at = clock.instant();
        List<ShiftView> current = views(OnCallShift.<OnCallShift>list(
                "siteId = ?1 and startsAt <= ?2 and endsAt > ?2 order by startsAt, id", staff.currentSiteId(), at));
        return new Now(at, current.stream().filter(s -> s.role() == OnCallShift.Role.PRIMARY).toList(),
                current.stream().filter(s -> s.role() == OnCallShift.Role.BACKUP).toList());
    }

    /**
     * Replaces the shifts that start in the window by the given ones, all or nothing. Two supervisors saving
     * at once are taken one after the other (the site's row is locked), so a roster is never half of each.
     */
    @Transactional
    public Roster replace(RosterUpdate update) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (update.from() == null) {
            errors.add("from", Words.of(Messages.class, Messages::error_required));
        }
        if (update.to() == null) {
            errors.add("to", Words.of(Messages.class, Messages::error_required));
        }
        if (update.from() != null && update.to() != null && (!update.to().isAfter(update.from())
                || Duration.between(update.from(), update.to()).compareTo(MAX_WINDOW) > 0)) {
            errors.add("to", CenterText.said(CenterMessages::error_window));
        }
        List<NewShift> typed = update.shifts() == null ? List.of() : update.shifts();
        if (typed.size() > MAX_SHIFTS) {
            errors.add("shifts", CenterText.said(t -> t.error_too_many_shifts(MAX_SHIFTS)));
        }
        List<OnCallShift> shifts = new ArrayList<>();
        for (int i = 0; i < typed.size() && !errors.has("shifts"); i++) {
            NewShift shift = typed.get(i) == null ? new NewShift(null, null, null, null, null) : typed.get(i);
            OnCallShift valid = validate(shift, i2 -> "shifts[" + i2 + "].", i, errors);
            if (valid != null && update.from() != null && update.to() != null
                    && (valid.startsAt.isBefore(update.from()) || !valid.startsAt.isBefore(update.to()))) {
                errors.add("shifts[" + i + "].startsAt", CenterText.said(CenterMessages::error_outside_window));
            }
            shifts.add(valid);
        }
        errors.throwIfAny();
        Long siteId = staff.currentSiteId();
        lockSite(siteId);
        OnCallShift.delete("siteId = ?1 and startsAt >= ?2 and startsAt < ?3", siteId, update.from(), update.to());
        shifts.forEach(s -> {
            s.siteId = siteId;
            s.persist();
        });
        return roster(update.from(), update.to());
    }

    /** One shift added from the roster page. */
    @Transactional
    public OnCallShift add(NewShift shift) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        OnCallShift valid = validate(shift, i -> "", 0, errors);
        errors.throwIfAny();
        valid.siteId = staff.currentSiteId();
        lockSite(valid.siteId);
        valid.persist();
        return valid;
    }

    @Transactional
    public void remove(Long id) {
        long removed = id == null ? 0 : OnCallShift.delete("id = ?1 and siteId in ?2", id, staff.siteIds());
        if (removed == 0) {
            throw new NotFoundException();
        }
    }

    /** The enabled staff of the caller's site, to put on the roster. */
    public List<Account> siteStaff() {
        return Account.<Account>find("select a from Account a join a.siteIds s where s = ?1 and a.enabled = true "
                + "order by a.username", staff.currentSiteId()).list();
    }

    private OnCallShift validate(NewShift shift, java.util.function.IntFunction<String> prefix, int index,
            InvalidInput.Collector errors) {
        String p = prefix.apply(index);
        String username = shift.username() == null ? "" : shift.username().strip();
        Account account = null;
        if (username.isEmpty()) {
            errors.add(p + "username", Words.of(Messages.class, Messages::error_required));
        } else {
            account = siteStaff().stream().filter(a -> a.username.equals(username)).findFirst().orElse(null);
            if (account == null) {
                errors.add(p + "username", CenterText.said(CenterMessages::error_unknown_staff));
            }
        }
        OnCallShift.Role role = Enums.required(OnCallShift.Role.class, shift.role(), p + "role", CenterText.said(CenterMessages::error_role),
                CenterText.said(CenterMessages::error_role), errors);
        String phone = null;
        if (shift.phone() != null && !shift.phone().isBlank()) {
            phone = Phones.normalise(shift.phone(), config.phoneRegion()).orElse(null);
            if (phone == null) {
                errors.add(p + "phone", Words.of(Messages.class, Messages::error_phone));
            }
        } else if (account != null) {
            phone = account.phone == null ? null : Phones.normalise(account.phone, config.phoneRegion()).orElse(null);
            if (phone == null) {
                errors.add(p + "phone", CenterText.said(CenterMessages::error_phone_needed));
            }
        }
        if (shift.startsAt() == null) {
            errors.add(p + "startsAt", Words.of(Messages.class, Messages::error_required));
        }
        if (shift.endsAt() == null) {
            errors.add(p + "endsAt", Words.of(Messages.class, Messages::error_required));
        } else if (shift.startsAt() != null && !shift.endsAt().isAfter(shift.startsAt())) {
            errors.add(p + "endsAt", CenterText.said(CenterMessages::error_ends_before_start));
        }
        if (account == null || role == null || phone == null || shift.startsAt() == null || shift.endsAt() == null
                || !shift.endsAt().isAfter(shift.startsAt())) {
            return null;
        }
        OnCallShift valid = new OnCallShift();
        valid.username = account.username;
        valid.role = role;
        valid.phone = phone;
        valid.startsAt = shift.startsAt();
        valid.endsAt = shift.endsAt();
        return valid;
    }

    private void lockSite(Long siteId) {
        em.createNativeQuery("select id from site where id = ?1 for update").setParameter(1, siteId).getResultList();
    }

    private List<ShiftView> views(List<OnCallShift> shifts) {
        Map<String, String> names = new HashMap<>();
        List<String> usernames = shifts.stream().map(s -> s.username).distinct().toList();
        if (!usernames.isEmpty()) {
            Account.<Account>list("username in ?1", usernames).forEach(a -> names.put(a.username, a.displayName));
        }
        return shifts.stream().map(s -> new ShiftView(s.id, s.username, names.getOrDefault(s.username, s.username),
                s.role, s.phone, Phones.display(s.phone), s.startsAt, s.endsAt)).toList();
    }

    /** The stretches of [from, to) that no PRIMARY shift covers: the supervisor fills them before they come. */
    static List<Gap> gaps(List<ShiftView> shifts, Instant from, Instant to) {
        List<ShiftView> primary = shifts.stream().filter(s -> s.role() == OnCallShift.Role.PRIMARY)
                .sorted(Comparator.comparing(ShiftView::startsAt)).toList();
        List<Gap> gaps = new ArrayList<>();
        Instant covered = from;
        for (ShiftView s : primary) {
            if (s.startsAt().isAfter(covered)) {
                gaps.add(new Gap(covered, s.startsAt().isBefore(to) ? s.startsAt() : to));
            }
            if (s.endsAt().isAfter(covered)) {
                covered = s.endsAt();
            }
            if (!covered.isBefore(to)) {
                break;
            }
        }
        if (covered.isBefore(to)) {
            gaps.add(new Gap(covered, to));
        }
        return gaps;
    }
}
