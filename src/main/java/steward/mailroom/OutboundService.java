package steward.mailroom;

import steward.web.StoredText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.billing.AccountService;
import steward.billing.FeeItem;
import steward.billing.FeeStandard;
import steward.billing.Money;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.Words;
import steward.web.Enums;
import steward.resident.SiteRows;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents and faxes sent for a resident (the seed's 二(六)1): the destination confirmed with the resident
 * (address, fax number, recipient and phone), registered, the receiving side called to confirm, and the fee
 * posted to the unit's account through the cashier's ledger.
 */
@ApplicationScoped
public class OutboundService {

    static final int MAX_ADDRESS = 200;
    static final int MAX_PAGES = 500;
    /** Where a fee is posted from: ledger_line.source_kind, with source_id = the document's id. */
    public static final String FEE_SOURCE = "MAILROOM_OUTBOUND";

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    Custody custody;

    @Inject
    AccountService accounts;

    /** {@code fee}: null charges a fax by the site's per-page standard (if any), a document nothing. */
    public record NewOutbound(
            @Schema(required = true, implementation = OutboundKind.class) String kind,
            @Schema(description = "The resident who asked; required unless unitId is given") Long residentId,
            Long unitId,
            @Schema(required = true) String destinationAddress,
            String faxNumber,
            @Schema(required = true) String recipientName,
            @Schema(required = true) String recipientPhone,
            @Schema(required = true) Integer pages,
            BigDecimal fee) {
    }

    public record ConfirmationCall(@Schema(required = true) Boolean reached, String note) {
    }

    public record View(Long id, OutboundKind kind, Long residentId, String residentName, Long unitId,
            String unitLabel, String destinationAddress, String faxNumber, String recipientName,
            String recipientPhone, int pages, BigDecimal fee, Confirmation confirmation, Instant confirmedAt,
            String confirmedBy, String confirmationNote, Instant registeredAt, String registeredBy) {

        public boolean canConfirm() {
            return confirmation != Confirmation.CONFIRMED;
        }
    }

    /** Registers a document or fax; the fee's note in the unit's account is worded in {@code wording}. */
    @Transactional
    public View register(NewOutbound input, Locale wording) {
        Words required = Words.of(Messages.class, Messages::error_required);
        Long siteId = staff.currentSiteId();
        Site site = Site.findById(siteId);
        InvalidInput.Collector errors = new InvalidInput.Collector();

        OutboundKind kind = Enums.parse(OutboundKind.class, input.kind());
        if (kind == null) {
            errors.add("kind", MailroomText.said(MailroomMessages::error_outbound_kind));
        }
        Resident resident = SiteRows.named(Resident.class, input.residentId(), siteId, "residentId",
                MailroomText.said(MailroomMessages::error_unknown_resident), errors);
        Unit unit = SiteRows.named(Unit.class, input.unitId(), siteId, "unitId",
                Words.of(Messages.class, Messages::error_unknown_unit), errors);
        if (input.residentId() == null && input.unitId() == null) {
            errors.add("residentId", MailroomText.said(MailroomMessages::error_sender_required));
        }
        String address = MailroomService.limited("destinationAddress", input.destinationAddress(), MAX_ADDRESS,
                errors);
        // The seed asks the destination address of every fax and document, and confirms it like the number.
        if (address == null && !errors.has("destinationAddress")) {
            errors.add("destinationAddress", required);
        }
        String fax = null;
        String typedFax = MailroomText.strip(input.faxNumber());
        if (typedFax != null) {
            fax = Phones.normalise(typedFax, Site.phoneRegionOf(staff.currentSiteId())).orElse(null);
            if (fax == null) {
                errors.add("faxNumber", MailroomText.said(MailroomMessages::error_fax_number));
            }
        } else if (kind == OutboundKind.FAX) {
            errors.add("faxNumber", required);
        }
        String recipientName = MailroomService.limited("recipientName", input.recipientName(),
                MailroomService.MAX_NAME, errors);
        if (recipientName == null && !errors.has("recipientName")) {
            errors.add("recipientName", required);
        }
        String phone = null;
        if (MailroomText.strip(input.recipientPhone()) == null) {
            errors.add("recipientPhone", required);
        } else {
            phone = Phones.normalise(input.recipientPhone(), Site.phoneRegionOf(staff.currentSiteId())).orElse(null);
            if (phone == null) {
                errors.add("recipientPhone", Words.of(Messages.class, Messages::error_phone));
            }
        }
        int pages = input.pages() == null ? 0 : input.pages();
        if (pages < 1 || pages > MAX_PAGES) {
            errors.add("pages", MailroomText.said(t -> t.error_pages(MAX_PAGES)));
        }
        if (resident != null && unit != null && resident.units.stream().noneMatch(u -> u.id.equals(unit.id))) {
            errors.add("unitId", MailroomText.said(MailroomMessages::error_unit_of_resident));
        }
        Long unitId = unit != null ? unit.id
                : resident != null ? resident.units.stream().findFirst().map(u -> u.id).orElse(null) : null;
        BigDecimal fee = BigDecimal.ZERO.setScale(2);
        if (input.fee() != null) {
            if (!Money.plausible(input.fee()) || input.fee().signum() < 0) {
                errors.add("fee", MailroomText.said(MailroomMessages::error_fee));
            } else {
                fee = Money.round(input.fee(), site.currency);
            }
        } else if (kind == OutboundKind.FAX && !errors.has("pages")) {
            fee = perPage(site).map(price -> Money.round(price.multiply(BigDecimal.valueOf(pages)), site.currency))
                    .orElse(fee);
        }
        if (fee.signum() > 0 && unitId == null && !errors.has("unitId") && !errors.has("residentId")) {
            errors.add("unitId", MailroomText.said(MailroomMessages::error_fee_needs_unit));
        }
        errors.throwIfAny();

        OutboundDocument document = new OutboundDocument();
        document.siteId = siteId;
        document.kind = kind;
        document.residentId = resident == null ? null : resident.id;
        document.unitId = unitId;
        document.destinationAddress = address;
        document.faxNumber = fax;
        document.recipientName = recipientName;
        document.recipientPhone = phone;
        document.pages = pages;
        document.fee = fee;
        document.registeredAt = clock.instant();
        document.registeredBy = staff.username();
        document.persist();
        custody.ofOutbound(document, CustodyAction.REGISTERED, staff.username(),
                StoredText.joined(StoredText.of("mailroom:outbound_" + kind.name()),
                        StoredText.of("mailroom:pages_count", pages)));
        if (fee.signum() > 0) {
            FeeItem item = kind == OutboundKind.FAX ? FeeItem.FAX_PAGE : FeeItem.OTHER;
            MailroomMessages words = MailroomText.in(wording.toLanguageTag());
            accounts.charge(siteId, unitId, item, fee, words.fee_note(words.outbound_kind(kind), pages),
                    FEE_SOURCE, document.id);
            custody.ofOutbound(document, CustodyAction.FEE_POSTED, staff.username(),
                    StoredText.joined(Money.format(fee, site.currency) + " " + site.currency));
        }
        return views(List.of(document)).get(0);
    }

    /** The call to the receiving side: reached (it arrived) or not reached yet; a confirmed one is final. */
    @Transactional
    public View confirm(Long id, ConfirmationCall input) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (input == null || input.reached() == null) {
            errors.add("reached", Words.of(Messages.class, Messages::error_required));
        }
        String note = MailroomService.limited("note", input == null ? null : input.note(), MailroomService.MAX_NOTE,
                errors);
        errors.throwIfAny();
        OutboundDocument document = find(id);
        if (document.confirmation == Confirmation.CONFIRMED) {
            throw new Conflict(MailroomText.said(MailroomMessages::conflict_confirmed));
        }
        document.confirmation = input.reached() ? Confirmation.CONFIRMED : Confirmation.NOT_REACHED;
        document.confirmedAt = clock.instant();
        document.confirmedBy = staff.username();
        document.confirmationNote = note;
        // Reached: the receiving side confirmed the destination, its address and (for a fax) the number.
        StoredText confirmed = document.confirmation == Confirmation.CONFIRMED
                ? StoredText.of("mailroom:confirmed_destination",
                        document.destinationAddress == null ? "" : document.destinationAddress,
                        document.faxNumber == null ? "" : Phones.display(document.faxNumber))
                : null;
        custody.ofOutbound(document, CustodyAction.CONFIRMATION_CALL, staff.username(),
                StoredText.joined(StoredText.of("mailroom:confirmation_" + document.confirmation.name()), confirmed,
                        note));
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new Conflict(MailroomText.said(MailroomMessages::conflict_changed));
        }
        return views(List.of(document)).get(0);
    }

    public View view(Long id) {
        return views(List.of(find(id))).get(0);
    }

    public List<MailroomService.EventView> custody(Long id) {
        return MailroomService.events(custody.ofOutbound(find(id).id));
    }

    /** The documents of the tablet's site registered in the last days, newest first. */
    public List<View> recent(int days) {
        Instant since = clock.instant().minus(java.time.Duration.ofDays(days));
        return views(OutboundDocument.list("siteId = ?1 and registeredAt >= ?2 order by registeredAt desc, id desc",
                staff.currentSiteId(), since));
    }

    /** The site's price per faxed page today, if it has set one. */
    private java.util.Optional<BigDecimal> perPage(Site site) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), site.zone());
        return FeeStandard.<FeeStandard>find("siteId = ?1 and item = ?2 and variant = ''", site.id, FeeItem.FAX_PAGE)
                .stream().filter(f -> f.appliesOn(today)).findFirst().map(f -> f.price);
    }

    private OutboundDocument find(Long id) {
        OutboundDocument document = id == null ? null
                : OutboundDocument.findById(id);
        if (document == null) {
            throw new NotFoundException();
        }
        return document;
    }

    private List<View> views(List<OutboundDocument> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        List<Long> residentIds = documents.stream().map(d -> d.residentId).filter(Objects::nonNull).distinct()
                .toList();
        List<Long> unitIds = documents.stream().map(d -> d.unitId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!residentIds.isEmpty()) {
            Resident.<Resident>list("id in ?1", residentIds).forEach(r -> names.put(r.id, r.name));
        }
        Map<Long, String> units = new HashMap<>();
        if (!unitIds.isEmpty()) {
            Unit.<Unit>list("id in ?1", unitIds).forEach(u -> units.put(u.id, u.label));
        }
        return documents.stream().map(d -> new View(d.id, d.kind, d.residentId, Names.mask(names.get(d.residentId)),
                d.unitId, units.get(d.unitId), d.destinationAddress, d.faxNumber == null ? null : Phones.display(d.faxNumber),
                d.recipientName, Phones.display(d.recipientPhone), d.pages, d.fee, d.confirmation, d.confirmedAt,
                d.confirmedBy, d.confirmationNote, d.registeredAt, d.registeredBy)).toList();
    }
}
