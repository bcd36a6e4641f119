package steward.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import steward.resident.Site;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Enums;
import steward.web.InputRules;
import steward.web.Words;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 收費標準: the prices of a site, with their history, and the price of an item on a given day. */
@ApplicationScoped
public class FeeStandardService {

    static final int MAX_VARIANT_LENGTH = 40;

    @Inject
    Desk desk;

    @Inject
    Clock clock;

    @Inject
    InputRules rules;

    /** A standard as the fee sheet and the API show it. */
    public record View(Long id, FeeItem item, Words itemName, String variant, Words variantName,
            FeeItem.ChargeUnit chargeUnit, Words chargeUnitName, BigDecimal price, String currency,
            LocalDate effectiveFrom, LocalDate effectiveTo, boolean inEffect) {
    }

    /**
     * A new price of an item from a day on. The price is held to what a person could mean ({@link Money#plausible})
     * and above zero (an item given away needs no standard); it is rounded to the site's currency when taken. Which
     * variant an item takes, and a day after the current price's, the service checks.
     */
    public record NewStandard(
            @Schema(required = true, implementation = FeeItem.class) String item,
            String variant,
            @NotNull(message = "{steward.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{steward.cashier.amount_invalid}")
            @DecimalMax(value = Money.MAX_TEXT, message = "{steward.cashier.amount_invalid}")
            @Digits(integer = 8, fraction = 6, message = "{steward.cashier.amount_invalid}") BigDecimal price,
            @NotNull(message = "{steward.required}") LocalDate effectiveFrom) {
    }

    /** The fee sheet: every standard of the caller's current site, current ones first within each item. */
    @Transactional
    public List<View> list(boolean history) {
        Site site = desk.currentSite();
        LocalDate today = desk.today(site);
        return FeeStandard.<FeeStandard>list("siteId", site.id).stream()
                .filter(f -> history || f.effectiveTo == null || !f.effectiveTo.isBefore(today))
                .sorted(Comparator.comparing((FeeStandard f) -> f.item).thenComparing(f -> f.variant)
                        .thenComparing(f -> f.effectiveFrom, Comparator.reverseOrder()))
                .map(f -> view(f, site, today)).toList();
    }

    /** A new price from a day on (supervisors): the standard in effect until then ends the day before. */
    @Transactional
    public View create(NewStandard input) {
        Site site = desk.currentSite();
        InvalidInput.Collector errors = rules.collect(input);
        FeeItem item = FeeItem.parse(input.item());
        if (item == null) {
            errors.add("item", CashierText.said(CashierMessages::error_fee_item));
            errors.throwIfAny();
        }
        String variant = variant(item, input.variant(), errors);
        errors.throwIfAny();
        BigDecimal price = Money.round(input.price(), site.currency);
        FeeStandard current = FeeStandard.find("siteId = ?1 and item = ?2 and variant = ?3 and effectiveTo is null",
                site.id, item, variant).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (current != null) {
            if (!input.effectiveFrom().isAfter(current.effectiveFrom)) {
                String currentFrom = current.effectiveFrom.toString();
                throw InvalidInput.of("effectiveFrom", CashierText.said(m -> m.error_effective_from(currentFrom)));
            }
            current.effectiveTo = input.effectiveFrom().minusDays(1);
        }
        FeeStandard standard = new FeeStandard();
        standard.siteId = site.id;
        standard.item = item;
        standard.variant = variant;
        standard.price = price;
        standard.effectiveFrom = input.effectiveFrom();
        standard.createdAt = clock.instant();
        standard.createdBy = desk.actor();
        standard.persist();
        return view(standard, site, desk.today(site));
    }

    /** The standard of an item that applies on a day; 409 when the site has set none (a supervisor must). */
    FeeStandard inEffect(Site site, FeeItem item, String variant, LocalDate day) {
        FeeStandard standard = FeeStandard.find("siteId = ?1 and item = ?2 and variant = ?3 and effectiveFrom <= ?4 "
                + "and (effectiveTo is null or effectiveTo >= ?4)", site.id, item, variant, day).firstResult();
        if (standard == null) {
            throw new Conflict(CashierText.said(m -> m.error_no_fee_standard(AccountService.itemName(item, m))));
        }
        return standard;
    }

    /** The variant as the item takes it: a space type, a name for OTHER, none for the rest. */
    private static String variant(FeeItem item, String typed, InvalidInput.Collector errors) {
        String variant = typed == null ? "" : typed.strip();
        if (item == FeeItem.PARKING_MONTHLY) {
            SpaceType type = Enums.parse(SpaceType.class, variant);
            if (type == null) {
                errors.add("variant", CashierText.said(CashierMessages::error_space_type));
                return "";
            }
            return type.name();
        }
        if (item == FeeItem.OTHER) {
            if (variant.isEmpty()) {
                errors.add("variant", CashierText.said(CashierMessages::error_required));
            } else if (variant.length() > MAX_VARIANT_LENGTH) {
                errors.add("variant", CashierText.said(m -> m.error_too_long(MAX_VARIANT_LENGTH)));
            }
            return variant;
        }
        if (!variant.isEmpty()) {
            errors.add("variant", CashierText.said(CashierMessages::error_no_variant));
        }
        return "";
    }

    View view(FeeStandard f, Site site, LocalDate today) {
        return new View(f.id, f.item, AccountService.itemName(f.item), f.variant, variantName(f), f.item.chargeUnit,
                chargeUnitName(f.item.chargeUnit), f.price, site.currency, f.effectiveFrom, f.effectiveTo,
                f.appliesOn(today));
    }

    /** A parking space's type by its name; any other item's variant as the supervisor typed it. */
    private static Words variantName(FeeStandard f) {
        if (f.item != FeeItem.PARKING_MONTHLY) {
            return Words.as(f.variant);
        }
        SpaceType type = Enums.parse(SpaceType.class, f.variant);
        return CashierText.said(msg -> type == null ? "" : switch (type) {
            case CAR -> msg.space_CAR();
            case MOTORCYCLE -> msg.space_MOTORCYCLE();
        });
    }

    private static Words chargeUnitName(FeeItem.ChargeUnit unit) {
        return CashierText.said(msg -> switch (unit) {
            case PER_M2_MONTH -> msg.unit_PER_M2_MONTH();
            case PER_CARD -> msg.unit_PER_CARD();
            case PER_MONTH -> msg.unit_PER_MONTH();
            case PER_PAGE -> msg.unit_PER_PAGE();
            case PER_ITEM -> msg.unit_PER_ITEM();
        });
    }
}
