package steward.center;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.StewardConfig;
import steward.resident.Phones;
import steward.security.Account;
import steward.security.StaffContext;
import steward.web.Enums;
import steward.web.InputRules;
import steward.web.InvalidInput;
import steward.web.rules.PhoneNumber;
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

    @Inject
    InputRules rules;

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

    /**
     * A shift as typed: the person (a username of the site, which the service checks), PRIMARY or BACKUP, their
     * phone (else their account's), from and to. The role stays text so that a value not offered is refused with
     * the shift's other mistakes, all at once.
     */
    public record NewShift(
            @NotBlank(message = "{steward.required}") String username,
            // The document says required itself: its implementation type would otherwise hide the @NotNull.
            @NotNull(message = "{steward.center.role}") @Schema(implementation = OnCallShift.Role.class, required = true)
                    String role,
            @PhoneNumber String phone,
            @NotNull(message = "{steward.required}") Instant startsAt,
            @NotNull(message = "{steward.required}") Instant endsAt) implements InputRules.CrossFieldRules {

        public NewShift {
            username = username == null ? null : username.strip();
        }

        OnCallShift.Role chosenRole() {
            return Enums.parse(OnCallShift.Role.class, role);
        }

        /** One of the roles offered; the end after the start. */
        @Override
        public Map<String, String> crossFieldViolations() {
            Map<String, String> refused = new LinkedHashMap<>();
            if (role != null && chosenRole() == null) {
                refused.put("role", "steward.center.role");
            }
            if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
                refused.put("endsAt", "steward.center.ends_before_start");
            }
            return refused;
        }
    }

    /** The shifts starting in [from, to) replace those the roster had there. */
    public record RosterUpdate(
            @NotNull(message = "{steward.required}") Instant from,
            @NotNull(message = "{steward.required}") Instant to,
            @Size(max = MAX_SHIFTS, message = "{steward.center.too_many_shifts}")
                    List<@NotNull(message = "{steward.required}") @Valid NewShift> shifts)
            implements InputRules.CrossFieldRules {

        /**
         * The window ends after it starts, within {@link #MAX_WINDOW}; each shift keeps its own rules and starts
         * inside the window.
         */
        @Override
        public Map<String, String> crossFieldViolations() {
            Map<String, String> refused = new LinkedHashMap<>();
            boolean window = from != null && to != null;
            if (window && (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0)) {
                refused.put("to", "steward.center.window");
            }
            List<NewShift> typed = shifts == null ? List.of() : shifts;
            for (int i = 0; i < typed.size() && typed.size() <= MAX_SHIFTS; i++) {
                NewShift shift = typed.get(i);
                if (shift == null) {
                    continue;
                }
                String prefix = "shifts[" + i + "].";
                shift.crossFieldViolations().forEach((field, key) -> refused.put(prefix + field, key));
                if (window && shift.startsAt() != null
                        && (shift.startsAt().isBefore(from) || !shift.startsAt().isBefore(to))) {
                    refused.putIfAbsent(prefix + "startsAt", "steward.center.outside_window");
                }
            }
            return refused;
        }
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
        InvalidInput.Collector errors = rules.collect(update);
        List<NewShift> typed = update.shifts() == null ? List.of() : update.shifts();
        List<OnCallShift> shifts = new ArrayList<>();
        for (int i = 0; i < typed.size() && !errors.has("shifts"); i++) {
            shifts.add(typed.get(i) == null ? null : onTheRoster(typed.get(i), "shifts[" + i + "].", errors));
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
        InvalidInput.Collector errors = rules.collect(shift);
        OnCallShift valid = onTheRoster(shift, "", errors);
        errors.throwIfAny();
        valid.siteId = staff.currentSiteId();
        lockSite(valid.siteId);
        valid.persist();
        return valid;
    }

    @Transactional
    public void remove(Long id) {
        OnCallShift shift = id == null ? null : OnCallShift.findById(id);
        if (shift == null) {
            throw new NotFoundException();
        }
        shift.delete();
    }

    /** The enabled staff of the caller's site, to put on the roster. */
    public List<Account> siteStaff() {
        return Account.<Account>find("select a from Account a join a.siteIds s where s = ?1 and a.enabled = true "
                + "order by a.username", staff.currentSiteId()).list();
    }

    /**
     * The shift as the roster keeps it, or null when it is refused: what its record cannot know, the service
     * checks here (a colleague of the site, a phone on their account when none is typed), each against the field
     * {@code prefix} names.
     */
    private OnCallShift onTheRoster(NewShift shift, String prefix, InvalidInput.Collector errors) {
        Account account = shift.username() == null || shift.username().isEmpty() ? null
                : siteStaff().stream().filter(a -> a.username.equals(shift.username())).findFirst().orElse(null);
        if (account == null && !errors.has(prefix + "username")) {
            errors.add(prefix + "username", CenterText.said(CenterMessages::error_unknown_staff));
        }
        boolean typedPhone = shift.phone() != null && !shift.phone().isBlank();
        String phone = typedPhone ? Phones.normalise(shift.phone(), config.phoneRegion()).orElse(null)
                : account == null || account.phone == null ? null
                        : Phones.normalise(account.phone, config.phoneRegion()).orElse(null);
        if (phone == null && !typedPhone && account != null) {
            errors.add(prefix + "phone", CenterText.said(CenterMessages::error_phone_needed));
        }
        OnCallShift.Role role = shift.chosenRole();
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
