package steward.arrears;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.UiContext;

/**
 * The site's reminder rules as supervisors keep them: at how many days overdue, which reminder (an SMS, an SMS and
 * an email with the statement, or a call by customer service), and whether the rule runs. A change applies from
 * the next evaluation; reminders already decided stay as they were, once per unit, rule and period.
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

    @Inject
    ReminderService reminders;

    @Inject
    StaffContext staff;

    @Inject
    UiContext ui;

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
        ArrearsMessages text = CollectionService.messages(ui.lang());
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Integer days = change.daysOverdue() == null ? Integer.valueOf(rule.daysOverdue)
                : days(change.daysOverdue(), errors, text);
        ArrearsRule.Action action = change.action() == null ? rule.action : action(change.action(), errors, text);
        boolean enabled = change.enabled() == null ? rule.enabled : change.enabled();
        if (days != null && action != null && enabled && clashes(rules, rule.code, days, action)) {
            errors.add("daysOverdue", text.error_rule_same_day());
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
        ArrearsMessages text = CollectionService.messages(ui.lang());
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Integer days = days(daysOverdue, errors, text);
        ArrearsRule.Action parsed = action(action, errors, text);
        if (days != null && parsed != null && clashes(rules, null, days, parsed)) {
            errors.add("daysOverdue", text.error_rule_same_day());
        }
        errors.throwIfAny();
        String code = "D" + days + "_" + parsed.name();
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

    /** Two rules of the same kind (to the resident, or a call by staff) on the same day would remind twice. */
    private static boolean clashes(List<ArrearsRule> rules, String except, int days, ArrearsRule.Action action) {
        return rules.stream().anyMatch(r -> r.enabled && !r.code.equals(except) && r.daysOverdue == days
                && r.action.toResident() == action.toResident());
    }

    private static Integer days(String typed, InvalidInput.Collector errors, ArrearsMessages text) {
        try {
            int days = Integer.parseInt(typed == null ? "" : typed.strip());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below, naming the field
        }
        errors.add("daysOverdue", text.error_rule_days());
        return null;
    }

    private static ArrearsRule.Action action(String typed, InvalidInput.Collector errors, ArrearsMessages text) {
        try {
            return ArrearsRule.Action.valueOf(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("action", text.error_rule_action());
            return null;
        }
    }
}
