package steward.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.NotFoundException;
import steward.privacy.IdDocument;
import steward.resident.Resident;
import steward.resident.Site;
import steward.resident.Unit;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Enums;
import steward.web.InputRules;
import steward.web.Words;
import steward.web.rules.IdLast4;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Access cards (門禁卡) and parking cards (停車卡): issued to a resident of the unit after an ID check (the
 * document's type and last four characters only), replaced when lost (the old card is blocked), returned with
 * the deposit refunded as credit or cash. Fees and deposits come from the site's fee standards.
 */
@ApplicationScoped
public class CardService {

    static final String DEPOSIT_RETURN = "CARD_DEPOSIT_RETURN";
    private static final Pattern CARD_NUMBER = Pattern.compile("[A-Z0-9-]{1,30}");
    private static final Pattern PLATE = Pattern.compile("[A-Z0-9]{2,4}-?[A-Z0-9]{2,4}");
    private static final String ACTIVE_NUMBER_INDEX = "card_active_number_idx";
    static final int MAX_PARKING_SPACE_LENGTH = 20;

    @Inject
    Desk desk;

    @Inject
    Clock clock;

    @Inject
    Counters counters;

    @Inject
    CashDays cashDays;

    @Inject
    FeeStandardService fees;

    @Inject
    InputRules rules;

    /**
     * A card to issue. The ID's last four characters are kept as stored (no spaces or dashes, in capitals), none when
     * nothing is left of them; what depends on the kind of card, the unit and the resident the service checks.
     */
    public record NewCard(
            @NotNull(message = "{steward.required}") @Schema(required = true) Long unitId,
            @NotNull(message = "{steward.required}") @Schema(required = true) Long residentId,
            @Schema(required = true, implementation = CardKind.class) String kind,
            String cardNumber,
            String plateNumber,
            String parkingSpace,
            @Schema(implementation = SpaceType.class, description = "A parking card's space; CAR when left out")
                    String spaceType,
            @Schema(required = true, implementation = IdDocument.class) String idType,
            @NotNull(message = "{steward.required}") @IdLast4 @Schema(required = true) String idLast4) {

        public NewCard {
            idLast4 = last4(idLast4);
        }
    }

    /** A lost card's replacement: the ID checked again, the ID's last four characters kept as {@link NewCard}'s. */
    public record Replacement(String cardNumber,
            @Schema(required = true, implementation = IdDocument.class) String idType,
            @NotNull(message = "{steward.required}") @IdLast4 @Schema(required = true) String idLast4) {

        public Replacement {
            idLast4 = last4(idLast4);
        }
    }

    /** A card as the till and the API show it; the ID is the document type and its last four characters. */
    public record View(Long id, Long unitId, Long residentId, String residentName, CardKind kind, Words kindName,
            String cardNumber, String plateNumber, String parkingSpace, SpaceType spaceType, IdDocument idType,
            String idLast4, BigDecimal deposit, CardStatus status, Words statusName, Long replacesCardId,
            List<AccountService.Due> charges) {

        public boolean active() {
            return status == CardStatus.ACTIVE;
        }
    }

    @Transactional
    public View issue(NewCard input) {
        InvalidInput.Collector errors = rules.collect(input);
        Unit unit = desk.findUnit(input.unitId());
        if (unit == null && input.unitId() != null) {
            errors.add("unitId", CashierText.said(CashierMessages::error_unknown_unit));
        }
        Resident resident = unit == null || input.residentId() == null ? null
                : Resident.find("select r from Resident r join r.units u where r.id = ?1 and u.id = ?2",
                        input.residentId(), unit.id).firstResult();
        if (resident == null && input.residentId() != null) {
            errors.add("residentId", CashierText.said(CashierMessages::error_resident_not_of_unit));
        }
        CardKind kind = Enums.parse(CardKind.class, input.kind());
        if (kind == null) {
            errors.add("kind", CashierText.said(CashierMessages::error_card_kind));
        }
        // A space type outside the list is refused whatever the card (the API document lists the values).
        boolean spaceTypeLeftOut = input.spaceType() == null || input.spaceType().isBlank();
        SpaceType typedSpaceType = spaceTypeLeftOut ? null : Enums.parse(SpaceType.class, input.spaceType());
        if (!spaceTypeLeftOut && typedSpaceType == null) {
            errors.add("spaceType", CashierText.said(CashierMessages::error_space_type));
        }
        String plate = null;
        String space = null;
        SpaceType spaceType = null;
        if (kind == CardKind.PARKING) {
            plate = input.plateNumber() == null ? "" : input.plateNumber().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            if (plate.isEmpty()) {
                errors.add("plateNumber", CashierText.said(CashierMessages::error_required));
            } else if (!PLATE.matcher(plate).matches()) {
                errors.add("plateNumber", CashierText.said(CashierMessages::error_plate));
            }
            space = input.parkingSpace() == null ? "" : input.parkingSpace().strip();
            if (space.isEmpty()) {
                errors.add("parkingSpace", CashierText.said(CashierMessages::error_required));
            } else if (space.length() > MAX_PARKING_SPACE_LENGTH) {
                errors.add("parkingSpace", CashierText.said(m -> m.error_too_long(MAX_PARKING_SPACE_LENGTH)));
            }
            spaceType = spaceTypeLeftOut ? SpaceType.CAR : typedSpaceType;
        }
        IdDocument idType = idType(input.idType(), errors);
        String number = cardNumber(input.cardNumber(), unit == null ? null : unit.siteId, null, errors);
        errors.throwIfAny();

        Site site = Site.findById(unit.siteId);
        LocalDate today = desk.today(site);
        FeeStandard fee = fees.inEffect(site, kind == CardKind.ACCESS ? FeeItem.ACCESS_CARD : FeeItem.PARKING_CARD,
                "", today);
        FeeStandard deposit = fees.inEffect(site, FeeItem.CARD_DEPOSIT, "", today);

        Card card = new Card();
        card.siteId = site.id;
        card.unitId = unit.id;
        card.residentId = resident.id;
        card.kind = kind;
        card.cardNumber = number != null ? number : generatedNumber(site.id, kind);
        card.plateNumber = plate;
        card.parkingSpace = space;
        card.spaceType = spaceType;
        card.idType = idType;
        card.idLast4 = input.idLast4();
        card.deposit = deposit.price;
        card.issuedAt = clock.instant();
        card.issuedBy = desk.actor();
        persistCard(card);
        charge(card, fee, today);
        charge(card, deposit, today);
        return view(card);
    }

    /** A lost card: blocked, and a new one issued with the same deposit, for the replacement fee. */
    @Transactional
    public View replace(Long cardId, Replacement input) {
        Card old = find(cardId, true);
        // No body at all is a replacement that typed nothing: refused for the ID check it lacks.
        Replacement typed = input == null ? new Replacement(null, null, null) : input;
        InvalidInput.Collector errors = rules.collect(typed);
        IdDocument idType = idType(typed.idType(), errors);
        String number = cardNumber(typed.cardNumber(), old.siteId, old.id, errors);
        errors.throwIfAny();
        requireActive(old);
        Site site = Site.findById(old.siteId);
        LocalDate today = desk.today(site);
        FeeStandard fee = fees.inEffect(site, FeeItem.CARD_REPLACEMENT, "", today);
        Instant now = clock.instant();
        old.status = CardStatus.BLOCKED;
        old.endedAt = now;
        old.endedBy = desk.actor();
        Panache.getEntityManager().flush();

        Card card = new Card();
        card.siteId = old.siteId;
        card.unitId = old.unitId;
        card.residentId = old.residentId;
        card.kind = old.kind;
        card.cardNumber = number != null ? number : generatedNumber(site.id, old.kind);
        card.plateNumber = old.plateNumber;
        card.parkingSpace = old.parkingSpace;
        card.spaceType = old.spaceType;
        card.idType = idType;
        card.idLast4 = typed.idLast4();
        card.deposit = old.deposit;
        card.replacesCardId = old.id;
        card.issuedAt = now;
        card.issuedBy = desk.actor();
        persistCard(card);
        charge(card, fee, today);
        return view(card);
    }

    /**
     * A card handed back: its deposit is credited to the account, and with {@code CASH} paid out from that
     * credit at the till (a cash posting of the cashier's day). Cash only when the account has the credit: a
     * deposit never paid is not paid out.
     */
    @Transactional
    public View giveBack(Long cardId, String refund) {
        Card card = find(cardId, true);
        boolean cash = "CASH".equalsIgnoreCase(refund == null ? "" : refund.strip());
        if (!cash && !"CREDIT".equalsIgnoreCase(refund == null ? "" : refund.strip())) {
            throw InvalidInput.of("refund", CashierText.said(CashierMessages::error_refund));
        }
        requireActive(card);
        Site site = Site.findById(card.siteId);
        Unit unit = Unit.findById(card.unitId);
        Panache.getEntityManager().createNativeQuery("select id from unit where id = ?1 for no key update")
                .setParameter(1, unit.id).getSingleResult();
        LocalDate today = desk.today(site);
        Instant now = clock.instant();
        String actor = desk.actor();
        card.status = CardStatus.RETURNED;
        card.endedAt = now;
        card.endedBy = actor;
        if (card.deposit.signum() > 0) {
            LedgerLine credit = line(card, LineKind.CREDIT, card.deposit.negate(), today, now, actor);
            credit.sourceKind = DEPOSIT_RETURN;
            credit.sourceId = card.id;
            credit.persist();
            if (cash) {
                cashDays.requireOpen(site.id, actor, today);
                Panache.getEntityManager().flush();
                BigDecimal balance = (BigDecimal) Panache.getEntityManager()
                        .createQuery("select coalesce(sum(l.amount), 0) from LedgerLine l where l.unitId = ?1")
                        .setParameter(1, unit.id).getSingleResult();
                if (balance.add(card.deposit).signum() > 0) {
                    throw new Conflict(CashierText.said(CashierMessages::error_cash_refund_unpaid));
                }
                LedgerLine paidOut = line(card, LineKind.REFUND, card.deposit, today, now, actor);
                paidOut.method = PaymentMethod.CASH;
                paidOut.persist();
            }
        }
        return view(card);
    }

    /**
     * The cards of a unit whose account has been read (so the unit is the caller's), each with its holder's name,
     * in one statement; their charges are the account's lines, not read again.
     */
    @Transactional
    public List<View> ofUnit(AccountService.Statement account) {
        Map<Long, List<AccountService.Due>> charges = new HashMap<>();
        account.lines().stream().filter(l -> l.kind() == LineKind.CHARGE && l.cardId() != null)
                .sorted(Comparator.comparing(AccountService.Line::id))
                .forEach(l -> charges.computeIfAbsent(l.cardId(), card -> new ArrayList<>()).add(new AccountService.Due(
                        l.id(), l.item(), l.period(), l.description(), l.dueDate(), l.amount(), l.amount())));
        return Panache.getEntityManager().createQuery("""
                select c, r.name from Card c left join Resident r on r.id = c.residentId
                 where c.unitId = ?1 order by c.status, c.issuedAt desc, c.id desc""", Object[].class)
                .setParameter(1, account.unitId()).getResultStream()
                .map(row -> {
                    Card card = (Card) row[0];
                    return view(card, (String) row[1], charges.getOrDefault(card.id, List.of()));
                }).toList();
    }

    @Transactional
    public View get(Long cardId) {
        return view(find(cardId, false));
    }

    private Card find(Long cardId, boolean lock) {
        Card card = cardId == null ? null
                : Card.findById(cardId);
        if (card == null) {
            throw new NotFoundException();
        }
        if (lock) {
            Panache.getEntityManager().lock(card, LockModeType.PESSIMISTIC_WRITE);
            Panache.getEntityManager().refresh(card);
        }
        return card;
    }

    private static void requireActive(Card card) {
        if (card.status != CardStatus.ACTIVE) {
            String number = card.cardNumber;
            throw new Conflict(CashierText.said(m -> m.error_card_not_active(number)));
        }
    }

    /** The ID check's document type; its last four characters, never the whole number, are a rule of the record. */
    private static IdDocument idType(String type, InvalidInput.Collector errors) {
        IdDocument idType = Enums.parse(IdDocument.class, type);
        if (idType == null) {
            errors.add("idType", CashierText.said(CashierMessages::error_id_type));
        }
        return idType;
    }

    /**
     * As stored: without spaces or dashes, in capitals ({@code a12-3} and {@code A123} are the same); null when
     * nothing is left, so that it is refused as left out.
     */
    private static String last4(String typed) {
        String normalised = IdLast4.Check.normalise(typed);
        return normalised == null || normalised.isEmpty() ? null : normalised;
    }

    /** A typed card number, checked free among the site's active cards (but the one being replaced); or null. */
    private static String cardNumber(String typed, Long siteId, Long replacing, InvalidInput.Collector errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String number = typed.strip().toUpperCase(Locale.ROOT);
        if (!CARD_NUMBER.matcher(number).matches()) {
            errors.add("cardNumber", CashierText.said(CashierMessages::error_card_number));
            return null;
        }
        if (siteId != null && Card.count("siteId = ?1 and cardNumber = ?2 and status = ?3 and id <> ?4", siteId,
                number, CardStatus.ACTIVE, replacing == null ? -1L : replacing) > 0) {
            errors.add("cardNumber", CashierText.said(CashierMessages::error_card_number_taken));
        }
        return number;
    }

    private String generatedNumber(Long siteId, CardKind kind) {
        String prefix = kind == CardKind.ACCESS ? "A" : "P";
        return prefix + String.format("%06d", counters.next(siteId, "card-" + kind.name()));
    }

    /** Inserts the card; two tablets issuing one number at once meet the unique index, answered as a conflict. */
    private void persistCard(Card card) {
        try {
            card.persist();
            Panache.getEntityManager().flush();
        } catch (RuntimeException e) {
            if (PaymentService.violates(e, ACTIVE_NUMBER_INDEX)) {
                throw new Conflict(CashierText.said(CashierMessages::error_card_number_taken));
            }
            throw e;
        }
    }

    private void charge(Card card, FeeStandard fee, LocalDate today) {
        if (fee.price.signum() == 0) {
            return;
        }
        LedgerLine line = line(card, LineKind.CHARGE, fee.price, today, card.issuedAt, card.issuedBy);
        line.item = fee.item;
        line.feeStandardId = fee.id;
        line.dueDate = today;
        line.note = card.cardNumber;
        line.persist();
    }

    private static LedgerLine line(Card card, LineKind kind, BigDecimal amount, LocalDate day, Instant at,
            String actor) {
        LedgerLine line = new LedgerLine();
        line.siteId = card.siteId;
        line.unitId = card.unitId;
        line.kind = kind;
        line.amount = amount;
        line.cardId = card.id;
        line.businessDate = day;
        line.postedAt = at;
        line.postedBy = actor;
        return line;
    }

    private View view(Card card) {
        Resident resident = Resident.findById(card.residentId);
        List<AccountService.Due> charges = LedgerLine.<LedgerLine>list(
                "cardId = ?1 and kind = ?2 order by id", card.id, LineKind.CHARGE).stream()
                .map(l -> new AccountService.Due(l.id, l.item, l.period, AccountService.Description.of(l),
                        l.dueDate, l.amount, l.amount))
                .toList();
        return view(card, resident == null ? null : resident.name, charges);
    }

    private View view(Card card, String residentName, List<AccountService.Due> charges) {
        return new View(card.id, card.unitId, card.residentId, residentName == null ? "" : residentName, card.kind,
                kindName(card.kind), card.cardNumber, card.plateNumber, card.parkingSpace, card.spaceType, card.idType,
                card.idLast4, card.deposit, card.status, statusName(card.status), card.replacesCardId, charges);
    }

    private static Words kindName(CardKind kind) {
        return CashierText.said(msg -> switch (kind) {
            case ACCESS -> msg.card_ACCESS();
            case PARKING -> msg.card_PARKING();
        });
    }

    private static Words statusName(CardStatus status) {
        return CashierText.said(msg -> switch (status) {
            case ACTIVE -> msg.status_ACTIVE();
            case BLOCKED -> msg.status_BLOCKED();
            case RETURNED -> msg.status_RETURNED();
        });
    }
}
