package steward.center;

import steward.web.StoredText;
import java.time.Clock;
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
import steward.notify.NotificationService;
import steward.security.Account;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InputRules;
import steward.web.Enums;

/**
 * Improvement suggestions (三(四)2): any staff member proposes; a supervisor accepts or declines with a reason
 * (the proposer is told); an accepted one is tracked to done, and counts on the proposer's record.
 */
@ApplicationScoped
public class SuggestionService {

    static final int MAX_LIST = 500;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    @Inject
    InputRules rules;

    public record NewSuggestion(
            @NotBlank(message = "{steward.required}") @Size(max = 100, message = "{steward.too_long}") String title,
            @NotBlank(message = "{steward.required}") @Size(max = 2000, message = "{steward.too_long}") String body) {
    }

    /** A supervisor's decision on a suggestion: the reason the proposer is told. */
    public record Decision(
            @NotBlank(message = "{steward.required}") @Size(max = 500, message = "{steward.too_long}") String reason) {
    }

    public record View(Long id, String proposer, String proposerName, String title, String body,
            Suggestion.State state, Instant createdAt, String decidedBy, Instant decidedAt, String decisionReason,
            Instant doneAt, boolean mine) {
    }

    @Transactional
    public Suggestion propose(NewSuggestion input) {
        rules.check(input);
        Suggestion suggestion = new Suggestion();
        suggestion.siteId = staff.currentSiteId();
        suggestion.proposer = staff.username();
        suggestion.title = input.title().strip();
        suggestion.body = input.body().strip();
        suggestion.createdAt = clock.instant();
        suggestion.persist();
        return suggestion;
    }

    public List<View> list(Suggestion.State state) {
        List<Suggestion> found = state == null
                ? Suggestion.<Suggestion>find("order by createdAt desc, id desc").page(0, MAX_LIST).list()
                : Suggestion.<Suggestion>find("state = ?1 order by createdAt desc, id desc", state)
                        .page(0, MAX_LIST).list();
        return found.stream().map(this::view).toList();
    }

    public View view(Long id) {
        return view(find(id, false));
    }

    public Suggestion.State parseState(String state) {
        return Enums.parseOrRefuse(Suggestion.State.class, state, null, "state", CenterText.said(CenterMessages::error_choice));
    }

    @Transactional
    public Suggestion accept(Long id, Decision decision) {
        return decide(id, Suggestion.State.ACCEPTED, decision);
    }

    @Transactional
    public Suggestion decline(Long id, Decision decision) {
        return decide(id, Suggestion.State.DECLINED, decision);
    }

    /** An accepted suggestion put into practice: marked by a supervisor or by its proposer. */
    @Transactional
    public Suggestion done(Long id) {
        Suggestion suggestion = find(id, true);
        if (!staff.hasRole(Roles.SUPERVISOR) && !suggestion.proposer.equals(staff.username())) {
            throw new ForbiddenException();
        }
        if (suggestion.state != Suggestion.State.ACCEPTED) {
            throw new Conflict(CenterText.said(t -> t.conflict_suggestion(t.suggestion_state(suggestion.state))));
        }
        suggestion.state = Suggestion.State.DONE;
        suggestion.doneAt = clock.instant();
        return suggestion;
    }

    private Suggestion decide(Long id, Suggestion.State decision, Decision input) {
        String why = rules.check(input).reason().strip();
        Suggestion suggestion = find(id, true);
        if (suggestion.state != Suggestion.State.PROPOSED) {
            throw new Conflict(CenterText.said(t -> t.conflict_suggestion(t.suggestion_state(suggestion.state))));
        }
        suggestion.state = decision;
        suggestion.decidedBy = staff.username();
        suggestion.decidedAt = clock.instant();
        suggestion.decisionReason = why;
        notifications.staff(suggestion.proposer).ifPresent(proposer -> notifications.enqueue(
                new NotificationService.Message(suggestion.siteId, "suggestion:" + suggestion.id + ":decided",
                        proposer, StoredText.of("center:suggestion_decided_subject",
                                StoredText.of("center:suggestion_state", decision), suggestion.title),
                        StoredText.joined(why), "/suggestions#suggestion-" + suggestion.id)));
        return suggestion;
    }

    private Suggestion find(Long id, boolean lock) {
        var query = id == null ? null : Suggestion.<Suggestion>find("id", id);
        Suggestion suggestion = query == null ? null
                : lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE).firstResult() : query.firstResult();
        if (suggestion == null) {
            throw new NotFoundException();
        }
        return suggestion;
    }

    /** The suggestion as shown; {@code mine}: the caller proposed it (and may mark it done). */
    View view(Suggestion s) {
        Account account = Account.findByUsername(s.proposer);
        return new View(s.id, s.proposer, account != null ? account.displayName : s.proposer, s.title, s.body,
                s.state, s.createdAt, s.decidedBy, s.decidedAt, s.decisionReason, s.doneAt,
                s.proposer.equals(staff.username()));
    }
}
