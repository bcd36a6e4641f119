package steward.arrears;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import steward.billing.FeeItem;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InputRules;
import steward.web.InvalidInput;

/**
 * The written demand (催告書 / 存證信函), the step after the calls and before any legal action: issued for a case
 * whose resident has been telephoned, with the overdue charges line by line as they stand, printed in the site's
 * language, then recorded with how and when it was sent. It is the last step a case reaches in Steward: nothing in
 * Steward blocks a resident's access card or any service because of arrears; what may follow (a payment order, a
 * court) happens outside it.
 */
@ApplicationScoped
public class WrittenDemands {

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    ArrearsConfig config;

    @Inject
    ArrearsLedger ledger;

    @Inject
    CollectionService cases;

    @Inject
    ReminderService reminders;

    @Inject
    InputRules inputRules;

    /** A written demand as the case page, the letter and the API show it. */
    public record DemandView(Long id, Long caseId, String language, String addressee, BigDecimal overdue,
            LocalDate payBy, Instant issuedAt, String issuedBy, CollectionDemand.SentMethod sentMethod,
            LocalDate sentOn, String sentReference, String sentRecordedBy, List<LineView> lines) {

        public boolean sent() {
            return sentMethod != null;
        }
    }

    public record LineView(FeeItem item, String period, LocalDate dueDate, BigDecimal amount) {
    }

    /** How and when the letter was sent; a letter by post has its number (registered mail, certified letter). */
    public record DemandSent(@NotNull(message = "{steward.choice}") CollectionDemand.SentMethod method,
            @NotNull(message = "{steward.date}") LocalDate sentOn,
            @Size(max = 100, message = "{steward.too_long}") String reference) implements InputRules.CrossFieldRules {

        @Override
        public Map<String, String> crossFieldViolations() {
            boolean byPost = method == CollectionDemand.SentMethod.REGISTERED_MAIL
                    || method == CollectionDemand.SentMethod.CERTIFIED_LETTER;
            return byPost && (reference == null || reference.isBlank()) ? Map.of("reference", "steward.arrears.reference")
                    : Map.of();
        }
    }

    /** The letter: the demand, with the site and the unit it is written for. */
    public record Letter(DemandView demand, String companyName, String siteName, String currency, String unitLabel,
            Instant printedAt) {
    }

    /**
     * Issues the case's written demand: only after a call (409 before), once (409 again), only for what is still
     * overdue (400 when nothing is).
     */
    @Transactional
    public DemandView issue(Long caseId) {
        CollectionCase c = cases.find(caseId, true);
        if (!c.open()) {
            throw new Conflict(ArrearsText.said(ArrearsMessages::error_case_closed));
        }
        if (CollectionContact.count("caseId = ?1 and kind = ?2", c.id, CollectionContact.Kind.PHONE) == 0) {
            throw new Conflict(ArrearsText.said(ArrearsMessages::error_demand_after_call));
        }
        if (CollectionDemand.count("caseId", c.id) > 0) {
            throw new Conflict(ArrearsText.said(ArrearsMessages::error_demand_issued));
        }
        Site site = Site.findById(c.siteId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        List<ArrearsLedger.OverdueLine> lines = ledger.linesOf(site.id, c.unitId, today);
        if (lines.isEmpty()) {
            throw InvalidInput.of("caseId", ArrearsText.said(t -> t.error_no_arrears(Unit.<Unit>findById(c.unitId).label)));
        }
        List<CollectionService.Payer> payers = CollectionService.payers(c.unitId);
        CollectionDemand demand = new CollectionDemand();
        demand.siteId = site.id;
        demand.caseId = c.id;
        demand.language = reminders.policyOf(site.id).letterLanguage;
        demand.addressee = payers.isEmpty() ? null : payers.get(0).name();
        demand.overdue = lines.stream().map(ArrearsLedger.OverdueLine::due).reduce(BigDecimal.ZERO, BigDecimal::add);
        demand.payBy = today.plusDays(config.demandPayWithinDays());
        demand.issuedAt = now;
        demand.issuedBy = staff.username();
        demand.persist();
        int position = 1;
        for (ArrearsLedger.OverdueLine line : lines) {
            CollectionDemandLine row = new CollectionDemandLine();
            row.demandId = demand.id;
            row.position = position++;
            row.item = line.item();
            row.period = line.period();
            row.dueDate = line.dueDate();
            row.amount = line.due();
            row.persist();
        }
        return of(c.id);
    }

    /** How and when the letter was sent (once; a second record is 409). The input's rules are checked first. */
    @Transactional
    public DemandView recordSent(Long caseId, DemandSent sent) {
        inputRules.check(sent);
        CollectionCase c = cases.find(caseId, true);
        CollectionDemand demand = CollectionDemand.find("caseId", c.id).firstResult();
        if (demand == null) {
            throw new Conflict(ArrearsText.said(ArrearsMessages::error_demand_not_issued));
        }
        if (demand.sent()) {
            throw new Conflict(ArrearsText.said(ArrearsMessages::error_demand_sent));
        }
        Site site = Site.findById(c.siteId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), site.zone());
        LocalDate issued = LocalDate.ofInstant(demand.issuedAt, site.zone());
        if (sent.sentOn().isAfter(today) || sent.sentOn().isBefore(issued)) {
            throw InvalidInput.of("sentOn", ArrearsText.said(ArrearsMessages::error_sent_on));
        }
        demand.sentMethod = sent.method();
        demand.sentOn = sent.sentOn();
        demand.sentReference = sent.reference() == null || sent.reference().isBlank() ? null : sent.reference().strip();
        demand.sentRecordedBy = staff.username();
        demand.sentRecordedAt = clock.instant();
        return of(c.id);
    }

    /** The letter of a case of the caller's sites, to print. */
    @Transactional
    public Letter letter(Long caseId) {
        CollectionCase c = cases.find(caseId, false);
        DemandView demand = of(c.id);
        if (demand == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        Site site = Site.findById(c.siteId);
        return new Letter(demand, site.companyName, site.name, site.currency, Unit.<Unit>findById(c.unitId).label,
                clock.instant());
    }

    /** The written demand of a case, or null. */
    static DemandView of(Long caseId) {
        CollectionDemand d = CollectionDemand.find("caseId", caseId).firstResult();
        if (d == null) {
            return null;
        }
        List<LineView> lines = CollectionDemandLine.<CollectionDemandLine>list("demandId = ?1 order by position", d.id)
                .stream().map(l -> new LineView(l.item, l.period, l.dueDate, l.amount)).toList();
        return new DemandView(d.id, d.caseId, d.language, d.addressee, d.overdue, d.payBy, d.issuedAt, d.issuedBy,
                d.sentMethod, d.sentOn, d.sentReference, d.sentRecordedBy, lines);
    }
}
