package steward.arrears;

import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.security.StaffContext;
import steward.web.InputRules;
import steward.web.InvalidInput;
import steward.web.Words;
import steward.web.Enums;

/**
 * The site's collection rules as supervisors keep them: the order (the seed's, phone first, or messages first),
 * who gets a new case's call task, the language of written demands, and each rule: at how many days overdue,
 * which step (a message to the resident, a case with a call task, the written demand), and whether it runs. A
 * change applies from the next evaluation; steps already decided stay as they were, once per unit, rule and period.
 */
@ApplicationScoped
public class ArrearsRules {

    static final int MAX_DAYS = 3650;

    public record RuleView(String code, int daysOverdue, ArrearsRule.Action action, boolean enabled) {

        static RuleView of(ArrearsRule rule) {
            return new RuleView(rule.code, rule.daysOverdue, rule.action, rule.enabled);
        }
    }

    /** A change as typed; what is left out stays as it is. */
    public record RuleChange(String daysOverdue, String action, Boolean enabled) {
    }

    /** A staff member who can collect: one of the site's customer service staff. */
    public record Collector(String username, String displayName) {
    }

    /** How the site collects, with the staff a supervisor may name. */
    public record PolicyView(ArrearsPolicy.CallOrder callOrder, ArrearsPolicy.Assignment assignment, String assignee,
            String letterLanguage, List<Collector> collectors) {
    }

    /** The site's choice of order, assignment and letter language. */
    public record PolicyChange(@NotNull(message = "{steward.choice}") ArrearsPolicy.CallOrder callOrder,
            @NotNull(message = "{steward.choice}") ArrearsPolicy.Assignment assignment,
            @Size(max = 100, message = "{steward.too_long}") String assignee,
            @NotNull(message = "{steward.choice}") @Pattern(regexp = "zh-Hant|zh-Hans|en",
                    message = "{steward.choice}") String letterLanguage) implements InputRules.CrossFieldRules {

        /** A named collector needs a name. */
        @Override
        public Map<String, String> crossFieldViolations() {
            return assignment == ArrearsPolicy.Assignment.NAMED && (assignee == null || assignee.isBlank())
                    ? Map.of("assignee", "steward.arrears.assignee")
                    : Map.of();
        }
    }

    @Inject
    ReminderService reminders;

    @Inject
    StaffContext staff;

    @Inject
    CollectorRota rota;

    @Inject
    InputRules inputRules;

    @Transactional
    public PolicyView policy() {
        ArrearsPolicy policy = reminders.policyOf(staff.currentSiteId());
        return new PolicyView(policy.callOrder, policy.assignment, policy.assignee, policy.letterLanguage,
                rota.of(policy.siteId).stream().map(r -> new Collector(r.username(), r.displayName())).toList());
    }

    /**
     * Changes how the site collects. A new order replaces the rules with those the order starts with (on the
     * configured days); a named collector must be one of the site's customer service staff.
     */
    @Transactional
    public PolicyView changePolicy(PolicyChange change) {
        inputRules.check(change);
        Long siteId = staff.currentSiteId();
        ArrearsPolicy policy = reminders.policyOf(siteId);
        String assignee = change.assignee() == null || change.assignee().isBlank() ? null : change.assignee().strip();
        if (assignee != null && rota.of(siteId).stream().noneMatch(r -> r.username().equals(assignee))) {
            throw InvalidInput.of("assignee", ArrearsText.said(ArrearsMessages::error_assignee));
        }
        Panache.getEntityManager().refresh(policy, LockModeType.PESSIMISTIC_WRITE);
        if (policy.callOrder != change.callOrder()) {
            reminders.usePreset(siteId, change.callOrder());
            policy.callOrder = change.callOrder();
        }
        policy.assignment = change.assignment();
        policy.assignee = change.assignment() == ArrearsPolicy.Assignment.NAMED ? assignee : null;
        policy.letterLanguage = change.letterLanguage();
        return policy();
    }

    @Transactional
    public List<RuleView> list() {
        return reminders.rulesOf(staff.currentSiteId()).stream().map(RuleView::of).toList();
    }

    @Transactional
    public RuleView change(String code, RuleChange change) {
        Long siteId = staff.currentSiteId();
        List<ArrearsRule> rules = reminders.rulesOf(siteId);
        ArrearsRule rule = code == null ? null
                : ArrearsRule.<ArrearsRule>find("siteId = ?1 and code = ?2", siteId, code)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (rule == null) {
            throw new NotFoundException();
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Integer days = change.daysOverdue() == null ? Integer.valueOf(rule.daysOverdue)
                : days(change.daysOverdue(), errors);
        ArrearsRule.Action action = change.action() == null ? rule.action : action(change.action(), errors);
        boolean enabled = change.enabled() == null ? rule.enabled : change.enabled();
        if (days != null && action != null && enabled && clashes(rules, rule.code, days, action)) {
            errors.add("daysOverdue", ArrearsText.said(ArrearsMessages::error_rule_same_day));
        }
        errors.throwIfAny();
        rule.daysOverdue = days;
        rule.action = action;
        rule.enabled = enabled;
        return RuleView.of(rule);
    }

    /** A new rule, named by its day and reminder; a disabled rule of the same name is enabled again. */
    @Transactional
    public RuleView add(String daysOverdue, String action) {
        Long siteId = staff.currentSiteId();
        List<ArrearsRule> rules = reminders.rulesOf(siteId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Integer days = days(daysOverdue, errors);
        ArrearsRule.Action parsed = action(action, errors);
        if (days != null && parsed != null && clashes(rules, null, days, parsed)) {
            errors.add("daysOverdue", ArrearsText.said(ArrearsMessages::error_rule_same_day));
        }
        errors.throwIfAny();
        String named = "D" + days + "_" + parsed.name();
        // A code has at most 20 characters; one rule per step and day, so the step names it as well.
        String code = named.length() <= 20 ? named : "D" + days + "_" + parsed.step.name();
        ArrearsRule rule = rules.stream().filter(r -> r.code.equals(code)).findFirst().orElseGet(ArrearsRule::new);
        if (rule.id == null) {
            rule.siteId = siteId;
            rule.code = code;
            rule.daysOverdue = days;
            rule.action = parsed;
            rule.persist();
        }
        rule.enabled = true;
        return RuleView.of(rule);
    }

    /** Two rules of the same step (a message, a call, the demand) on the same day would do it twice. */
    private static boolean clashes(List<ArrearsRule> rules, String except, int days, ArrearsRule.Action action) {
        return rules.stream().anyMatch(r -> r.enabled && !r.code.equals(except) && r.daysOverdue == days
                && r.action.step == action.step);
    }

    private static Integer days(String typed, InvalidInput.Collector errors) {
        try {
            int days = Integer.parseInt(typed == null ? "" : typed.strip());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below, naming the field
        }
        errors.add("daysOverdue", ArrearsText.said(ArrearsMessages::error_rule_days));
        return null;
    }

    private static ArrearsRule.Action action(String typed, InvalidInput.Collector errors) {
        Words refusal = ArrearsText.said(ArrearsMessages::error_rule_action);
        return Enums.required(ArrearsRule.Action.class, typed, "action", refusal, refusal, errors);
    }
}
