package steward.lending;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.StewardConfig;
import steward.billing.CashDeposit;
import steward.billing.CashDeposits;
import steward.mailroom.Names;
import steward.notify.NotificationService;
import steward.privacy.IdDocument;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.security.Account;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InputRules;
import steward.web.InvalidInput;
import steward.web.Signatures;
import steward.web.StoredText;
import steward.web.rules.DrawnSignature;
import steward.web.rules.IdLast4;
import steward.web.rules.PhoneNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the desk lends and holds (issue 20): an item lent to a resident, a visitor, a contractor or a colleague,
 * against an ID held (its type and last four characters only) or a cash deposit taken into a cashier's drawer;
 * returned with the returner's signature, the ID handed back and the deposit paid back in the same step; every
 * step a custody event. An ID held becomes "missing" only with a supervisor's note.
 */
@ApplicationScoped
public class LoanService {

    static final int MAX_LIST = 500;
    static final String CASH_DEPOSIT_SOURCE = "LOAN";

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    InputRules rules;

    @Inject
    StewardConfig config;

    @Inject
    CashDeposits deposits;

    @Inject
    NotificationService notifications;

    /**
     * A loan as typed. The borrower is a resident of the site ({@code residentId}; their name when none is typed)
     * or a named visitor, contractor or colleague; {@code borrowerKind} defaults to RESIDENT with a resident, else
     * VISITOR. The deposit is an ID (type and last four, together) and/or cash (taken by a cashier).
     */
    public record NewLoan(
            @NotNull(message = "{steward.required}") Loan.Kind kind,
            @NotBlank(message = "{steward.required}") @Size(max = 200, message = "{steward.too_long}")
                    String description,
            Loan.Borrower borrowerKind,
            @Size(max = 100, message = "{steward.too_long}")
                    @Schema(description = "Who borrows; required unless residentId is given") String borrowerName,
            @PhoneNumber @Size(max = 30, message = "{steward.too_long}") String borrowerPhone,
            Long residentId,
            IdDocument depositIdType,
            @IdLast4 String depositIdLast4,
            @DecimalMin(value = "0.01", message = "{steward.amount}")
                    @DecimalMax(value = "999999.99", message = "{steward.amount}")
                    @Digits(integer = 6, fraction = 2, message = "{steward.amount}") BigDecimal depositCash,
            @NotNull(message = "{steward.required}") @Future(message = "{steward.future}") Instant dueBackAt) {

        /** The ID's type and its last four characters come together. */
        @JsonIgnore
        @AssertTrue(message = "{steward.loan.deposit}")
        public boolean isDepositIdLast4() {
            return (depositIdType == null) == (depositIdLast4 == null || depositIdLast4.isBlank());
        }

        /** A resident borrows as themselves; anyone else gives a name. */
        @JsonIgnore
        @AssertTrue(message = "{steward.loan.resident}")
        public boolean isResidentId() {
            return kindOfBorrower() != Loan.Borrower.RESIDENT || residentId != null;
        }

        @JsonIgnore
        @AssertTrue(message = "{steward.required}")
        public boolean isBorrowerName() {
            return residentId != null || borrowerName != null && !borrowerName.isBlank();
        }

        Loan.Borrower kindOfBorrower() {
            return borrowerKind != null ? borrowerKind : residentId != null ? Loan.Borrower.RESIDENT : Loan.Borrower.VISITOR;
        }
    }

    /** The return: who brought it back, their signature from the pad (the page asks for it), a note. */
    public record Return(
            @NotBlank(message = "{steward.required}") @Size(max = 100, message = "{steward.too_long}")
                    String returnedBy,
            @DrawnSignature String signature) {
    }

    public record IdMissing(
            @NotBlank(message = "{steward.required}") @Size(max = 500, message = "{steward.too_long}") String note) {
    }

    public enum Filter {
        OUT, OVERDUE, RETURNED
    }

    /** A loan as pages and the API show it: names in full for staff of the site, the borrower's phone masked. */
    public record View(Long id, Loan.Kind kind, String description, Loan.Borrower borrowerKind, String borrowerName,
            String borrowerPhoneMasked, Long residentId, IdDocument depositIdType, String depositIdLast4,
            Loan.IdState idState, String idMissingNote, BigDecimal depositCash, boolean depositPaidBack,
            Instant dueBackAt, Loan.State state, boolean overdue, String lentBy, String lentByName, Instant lentAt,
            Instant returnedAt, String returnerName, boolean hasSignature) {

        public boolean idHeld() {
            return idState == Loan.IdState.HELD;
        }

        public boolean isOut() {
            return state == Loan.State.OUT;
        }

        public boolean hasCashDeposit() {
            return depositCash != null;
        }
    }

    /**
     * A step of custody. Its detail is data ({@code detailText}), put into words by whoever shows it: the page
     * ({@code inject:ui.text}), the JSON answer ({@link #worded}).
     */
    public record EventView(Long id, LoanEvent.Action action, String actor, Instant occurredAt, String detail,
            @JsonIgnore StoredText detailText) {

        /** The step with its detail in the reader's words, for a JSON answer. */
        public EventView worded(String said) {
            return new EventView(id, action, actor, occurredAt, said, null);
        }
    }

    public record Detail(View loan, List<EventView> custody) {
    }

    @Transactional
    public Loan lend(NewLoan input) {
        rules.check(input);
        Long siteId = staff.currentSiteId();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Resident resident = input.residentId() == null ? null
                : Resident.find("id = ?1 and siteId = ?2", input.residentId(), siteId).firstResult();
        if (input.residentId() != null && resident == null) {
            errors.add("residentId", LendingText.said(LendingMessages::error_unknown_resident));
        }
        if (input.depositCash() != null && !staff.hasRole(Roles.CASHIER)) {
            errors.add("depositCash", LendingText.said(LendingMessages::error_cash_cashier));
        }
        errors.throwIfAny();
        Loan loan = new Loan();
        loan.siteId = siteId;
        loan.kind = input.kind();
        loan.description = input.description().strip();
        loan.borrowerKind = input.kindOfBorrower();
        loan.residentId = resident == null ? null : resident.id;
        loan.unitId = resident == null || resident.units.size() != 1 ? null : resident.units.iterator().next().id;
        loan.borrowerName = input.borrowerName() != null && !input.borrowerName().isBlank() ? input.borrowerName().strip()
                : resident.name;
        loan.borrowerPhone = input.borrowerPhone() == null || input.borrowerPhone().isBlank() ? null
                : Phones.normalise(input.borrowerPhone(), config.phoneRegion()).orElseThrow();
        if (input.depositIdType() != null) {
            loan.depositIdType = input.depositIdType();
            loan.depositIdLast4 = IdLast4.Check.normalise(input.depositIdLast4());
            loan.idState = Loan.IdState.HELD;
        }
        loan.dueBackAt = input.dueBackAt();
        loan.lentBy = staff.username();
        loan.lentAt = clock.instant();
        loan.persist();
        event(loan, LoanEvent.Action.LENT, StoredText.joined(Names.mask(loan.borrowerName)));
        if (loan.idState != null) {
            event(loan, LoanEvent.Action.ID_HELD, heldId(loan));
        }
        if (input.depositCash() != null) {
            CashDeposit deposit = deposits.take(siteId, CASH_DEPOSIT_SOURCE, loan.id, input.depositCash());
            loan.cashDepositId = deposit.id;
            event(loan, LoanEvent.Action.CASH_DEPOSIT_TAKEN, StoredText.joined(deposit.amount.toPlainString()));
        }
        return loan;
    }

    /**
     * The item is back: the returner signs, the ID held is handed back and a cash deposit paid back (by a cashier,
     * from their drawer), all in one step; the overdue alerts leave the banners. Twice is a conflict.
     */
    @Transactional
    public Loan giveBack(Long id, Return input) {
        rules.check(input);
        byte[] png = Signatures.png(input.signature());
        Loan loan = find(id, true);
        if (loan.state != Loan.State.OUT) {
            Loan.State state = loan.state;
            throw new Conflict(LendingText.said(t -> t.conflict_state(t.state(state))));
        }
        if (loan.cashDepositId != null && !staff.hasRole(Roles.CASHIER)) {
            throw new Conflict(LendingText.said(LendingMessages::conflict_cash_cashier));
        }
        Instant now = clock.instant();
        loan.state = Loan.State.RETURNED;
        loan.returnedAt = now;
        loan.returnedBy = staff.username();
        loan.returnerName = input.returnedBy().strip();
        event(loan, LoanEvent.Action.RETURNED, StoredText.joined(Names.mask(loan.returnerName)));
        if (png != null) {
            LoanSignature signature = new LoanSignature();
            signature.loanId = loan.id;
            signature.siteId = loan.siteId;
            signature.png = png;
            signature.createdAt = now;
            signature.persist();
        }
        if (loan.idState == Loan.IdState.HELD) {
            loan.idState = Loan.IdState.HANDED_BACK;
            event(loan, LoanEvent.Action.ID_HANDED_BACK, heldId(loan));
        }
        if (loan.cashDepositId != null) {
            CashDeposit deposit = deposits.payBack(loan.cashDepositId);
            event(loan, LoanEvent.Action.CASH_DEPOSIT_PAID_BACK, StoredText.joined(deposit.amount.toPlainString()));
        }
        notifications.clearInApp(LoanReminders.keyPrefix(loan.id));
        return loan;
    }

    /** An ID held that cannot be found: only a supervisor says so, with what happened. */
    @Transactional
    public Loan idMissing(Long id, IdMissing input) {
        rules.check(input);
        Loan loan = find(id, true);
        if (loan.idState == null) {
            throw new Conflict(LendingText.said(LendingMessages::conflict_no_id));
        }
        if (loan.idState != Loan.IdState.HELD) {
            Loan.IdState state = loan.idState;
            throw new Conflict(LendingText.said(t -> t.conflict_id_state(t.id_state(state))));
        }
        loan.idState = Loan.IdState.MISSING;
        loan.idMissingNote = input.note().strip();
        event(loan, LoanEvent.Action.ID_MISSING, StoredText.joined(loan.idMissingNote));
        return loan;
    }

    public List<View> list(Filter filter) {
        Instant now = clock.instant();
        List<Loan> found = switch (filter == null ? Filter.OUT : filter) {
            case OUT -> Loan.<Loan>find("state = ?1 order by dueBackAt, id", Loan.State.OUT).page(0, MAX_LIST).list();
            case OVERDUE -> Loan.<Loan>find("state = ?1 and dueBackAt <= ?2 order by dueBackAt, id", Loan.State.OUT,
                    now).page(0, MAX_LIST).list();
            case RETURNED -> Loan.<Loan>find("state = ?1 order by returnedAt desc, id desc", Loan.State.RETURNED)
                    .page(0, MAX_LIST).list();
        };
        return views(found);
    }

    /** The IDs the desk holds now, oldest first. */
    public List<View> idsHeld() {
        return views(Loan.<Loan>find("idState = ?1 order by lentAt, id", Loan.IdState.HELD).list());
    }

    public Detail detail(Long id) {
        Loan loan = find(id, false);
        List<EventView> custody = LoanEvent.<LoanEvent>find("loanId = ?1 order by occurredAt, id", loan.id).list()
                .stream().map(e -> new EventView(e.id, e.action, e.actor, e.occurredAt, null, e.detail)).toList();
        return new Detail(views(List.of(loan)).get(0), custody);
    }

    public View view(Long id) {
        return views(List.of(find(id, false))).get(0);
    }

    public LoanSignature signature(Long id) {
        Loan loan = find(id, false);
        LoanSignature signature = LoanSignature.findById(loan.id);
        if (signature == null) {
            throw new NotFoundException();
        }
        return signature;
    }

    private List<View> views(List<Loan> loans) {
        Instant now = clock.instant();
        List<Long> depositIds = loans.stream().map(l -> l.cashDepositId).filter(java.util.Objects::nonNull).toList();
        Map<Long, CashDeposit> cash = depositIds.isEmpty() ? Map.of()
                : CashDeposit.<CashDeposit>list("id in ?1", depositIds).stream()
                        .collect(Collectors.toMap(d -> d.id, Function.identity()));
        List<String> lenders = loans.stream().map(l -> l.lentBy).distinct().toList();
        Map<String, String> names = lenders.isEmpty() ? Map.of()
                : Account.<Account>list("username in ?1", lenders).stream()
                        .collect(Collectors.toMap(a -> a.username, a -> a.displayName));
        List<Long> signed = loans.isEmpty() ? List.of()
                : LoanSignature.<LoanSignature>list("loanId in ?1", loans.stream().map(l -> l.id).toList()).stream()
                        .map(s -> s.loanId).toList();
        return loans.stream().map(l -> {
            CashDeposit deposit = l.cashDepositId == null ? null : cash.get(l.cashDepositId);
            return new View(l.id, l.kind, l.description, l.borrowerKind, l.borrowerName,
                    l.borrowerPhone == null ? null : Phones.mask(l.borrowerPhone), l.residentId, l.depositIdType,
                    l.depositIdLast4, l.idState, l.idMissingNote, deposit == null ? null : deposit.amount,
                    deposit != null && deposit.paidBackAt != null, l.dueBackAt, l.state, l.isOverdue(now), l.lentBy,
                    names.getOrDefault(l.lentBy, l.lentBy), l.lentAt, l.returnedAt, l.returnerName,
                    signed.contains(l.id));
        }).toList();
    }

    /** A loan of the caller's sites (another site's is "not found"), locked when it is about to change. */
    private Loan find(Long id, boolean forChange) {
        var query = id == null ? null : Loan.<Loan>find("id", id);
        if (query != null && forChange) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        Loan loan = query == null ? null : query.firstResult();
        if (loan == null) {
            throw new NotFoundException();
        }
        return loan;
    }

    /** The ID held, named in the reader's language when read: its type and last four digits. */
    private static StoredText heldId(Loan loan) {
        return StoredText.joined(StoredText.of("msg:id_document", loan.depositIdType), "****" + loan.depositIdLast4);
    }

    private void event(Loan loan, LoanEvent.Action action, StoredText detail) {
        LoanEvent event = new LoanEvent();
        event.siteId = loan.siteId;
        event.loanId = loan.id;
        event.action = action;
        event.actor = staff.username();
        event.occurredAt = clock.instant();
        event.detail = detail;
        event.persist();
    }
}
