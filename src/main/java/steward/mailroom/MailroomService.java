package steward.mailroom;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import steward.privacy.IdDocument;
import steward.resident.Resident;
import steward.resident.SiteRows;
import steward.resident.Unit;
import steward.security.Account;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.Enums;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.Photos;
import steward.web.Signatures;
import steward.web.StoredText;
import steward.web.Words;

/**
 * Items received at the desk (the seed's 二(六)): registered, their recipient told with a pickup code, handed
 * over only to the recipient or someone they authorised, locked after five wrong codes, reminded, flagged for
 * return; every step a custody event. Sealed items never show their description.
 */
@ApplicationScoped
public class MailroomService {

    static final int MAX_NAME = 100;
    static final int MAX_SENDER = 100;
    static final int MAX_TRACKING = 60;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_SHELF = 20;
    static final int MAX_NOTE = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    Custody custody;

    @Inject
    MailroomNotices notices;

    public record NewItem(
            @Schema(required = true, implementation = ItemKind.class) String kind,
            @Schema(description = "The recipient resident; required unless unitId or recipientStaff is given")
                    Long recipientResidentId,
            Long unitId,
            String recipientStaff,
            String sender,
            String tracking,
            String description,
            String shelf,
            Boolean sealed) {
    }

    /** What registering answers: the pickup code (residents' items) and how the recipient was told. */
    public record Created(Long id, String pickupCode, Set<String> notifiedBy, boolean phoneRecipient) {
    }

    public record IdCheck(@Schema(implementation = IdDocument.class) String type, String last4) {
    }

    /** A hand-over: the code the receiver shows, or an ID check; the receiver's name; the drawn signature. */
    public record Handover(String pickupCode, IdCheck idCheck, String receivedBy, String signature) {
    }

    public enum Outcome {
        HANDED_OVER,
        WRONG_CODE,
        LOCKED
    }

    public record HandoverResult(Outcome outcome, int attemptsLeft, ItemView item) {
    }

    /**
     * An item as staff see it: names masked, a sealed item's description never included. The recipient's unit
     * and shelf are what the desk needs to find it.
     */
    public record ItemView(Long id, ItemKind kind, ItemStatus status, boolean sealed, String description,
            String sender, String tracking, Long recipientResidentId, String recipientName, Long unitId,
            String unitLabel, String recipientStaff, String shelf, int wrongCodes, Instant receivedAt,
            Instant handedOverAt, String receiverName, String identifiedBy, boolean hasPhoto, boolean hasSignature,
            long daysWaiting) {

        public boolean canHandOver() {
            return !forStaff() && status.canMoveTo(ItemStatus.HANDED_OVER);
        }

        public boolean canAcknowledge() {
            return forStaff() && status.canMoveTo(ItemStatus.HANDED_OVER);
        }

        public boolean canReturn() {
            return status.canMoveTo(ItemStatus.RETURNED);
        }

        public boolean isLocked() {
            return status == ItemStatus.LOCKED;
        }

        public boolean isWaiting() {
            return status == ItemStatus.WAITING;
        }

        public boolean isHandedOver() {
            return status == ItemStatus.HANDED_OVER;
        }

        public boolean isReturnDue() {
            return status == ItemStatus.RETURN_DUE;
        }

        public boolean forStaff() {
            return recipientStaff != null;
        }
    }

    /**
     * A step of custody. Its detail is data ({@code detailText}, put into words by whoever shows it); a row from
     * before texts were stored as data kept its sentence ({@code detail}).
     */
    public record EventView(Long id, CustodyAction action, String actor, Instant occurredAt, String detail,
            @JsonIgnore StoredText detailText) {

        /** The step with its detail in the reader's words, for a JSON answer. */
        public EventView worded(String said) {
            return new EventView(id, action, actor, occurredAt, said, null);
        }
    }

    @Transactional
    public Created register(NewItem input, byte[] photo) {
        Long siteId = staff.currentSiteId();
        InvalidInput.Collector errors = new InvalidInput.Collector();

        ItemKind kind = Enums.parse(ItemKind.class, input.kind());
        if (kind == null) {
            errors.add("kind", MailroomText.said(MailroomMessages::error_kind));
        }
        Resident resident = SiteRows.named(Resident.class, input.recipientResidentId(), siteId, "recipientResidentId",
                MailroomText.said(MailroomMessages::error_unknown_resident), errors);
        Unit unit = SiteRows.named(Unit.class, input.unitId(), siteId, "unitId",
                Words.of(Messages.class, Messages::error_unknown_unit), errors);
        String recipientStaff = MailroomText.strip(input.recipientStaff());
        if (recipientStaff != null) {
            if (input.recipientResidentId() != null || input.unitId() != null) {
                errors.add("recipientStaff", MailroomText.said(MailroomMessages::error_one_recipient));
            } else if (!isStaffOrDepartment(recipientStaff, siteId)) {
                errors.add("recipientStaff", MailroomText.said(MailroomMessages::error_unknown_staff));
            }
        } else if (input.recipientResidentId() == null && input.unitId() == null) {
            errors.add("recipientResidentId", MailroomText.said(MailroomMessages::error_recipient_required));
        }
        if (resident != null && unit != null && resident.units.stream().noneMatch(u -> u.id.equals(unit.id))) {
            errors.add("unitId", MailroomText.said(MailroomMessages::error_unit_of_resident));
        }
        String sender = limited("sender", input.sender(), MAX_SENDER, errors);
        String tracking = limited("tracking", input.tracking(), MAX_TRACKING, errors);
        String description = limited("description", input.description(), MAX_DESCRIPTION, errors);
        String shelf = limited("shelf", input.shelf(), MAX_SHELF, errors);
        byte[] jpeg = null;
        if (photo != null) {
            try {
                jpeg = Photos.accept("photo", photo);
            } catch (InvalidInput e) {
                e.fieldWords().forEach(errors::add);
            }
        }
        errors.throwIfAny();

        MailItem item = new MailItem();
        item.siteId = siteId;
        item.kind = kind;
        item.sender = sender;
        item.tracking = tracking;
        item.description = description;
        item.recipientResidentId = resident == null ? null : resident.id;
        // A resident's item is shelved under their unit, so a household member can collect it.
        item.unitId = unit != null ? unit.id
                : resident != null ? resident.units.stream().findFirst().map(u -> u.id).orElse(null) : null;
        item.recipientStaff = recipientStaff;
        item.shelf = shelf;
        item.sealed = Boolean.TRUE.equals(input.sealed());
        item.pickupCode = recipientStaff == null ? String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000))
                : null;
        item.receivedAt = clock.instant();
        item.receivedBy = staff.username();
        item.persist();
        custody.ofItem(item, CustodyAction.RECEIVED, staff.username(), receivedDetail(item));
        if (jpeg != null) {
            storeAttachment(item, MailAttachment.PHOTO, "image/jpeg", jpeg);
            custody.ofItem(item, CustodyAction.PHOTOGRAPHED, staff.username(), null);
        }
        Set<String> channels = notices.arrival(item);
        if (!channels.isEmpty()) {
            custody.ofItem(item, CustodyAction.NOTIFIED, staff.username(), MailroomText.channels(channels));
        }
        return new Created(item.id, item.pickupCode, channels, channels.isEmpty());
    }

    /** Replaces the photo of an item still at the desk. */
    @Transactional
    public ItemView photograph(Long id, byte[] upload) {
        byte[] jpeg = Photos.accept("photo", upload);
        MailItem item = find(id);
        if (!item.status.isOpen()) {
            throw notInThisState(item);
        }
        MailAttachment.delete("itemId = ?1 and purpose = ?2", item.id, MailAttachment.PHOTO);
        Panache.getEntityManager().flush();
        storeAttachment(item, MailAttachment.PHOTO, "image/jpeg", jpeg);
        custody.ofItem(item, CustodyAction.PHOTOGRAPHED, staff.username(), null);
        return view(item);
    }

    /**
     * Hands an item over to its recipient or someone they authorised. The row is locked first, so that wrong
     * codes typed on two tablets at once are all counted. A wrong code is written and answered (not thrown), so
     * that its count survives the answer.
     */
    @Transactional
    public HandoverResult handOver(Long id, Handover input) {
        MailItem item = lock(id);
        if (item.status == ItemStatus.LOCKED) {
            return new HandoverResult(Outcome.LOCKED, 0, view(item));
        }
        if (item.forStaff()) {
            throw new Conflict(MailroomText.said(MailroomMessages::conflict_staff_item));
        }
        if (!item.status.canMoveTo(ItemStatus.HANDED_OVER)) {
            throw notInThisState(item);
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String receiver = MailroomText.strip(input.receivedBy());
        if (receiver == null) {
            errors.add("receivedBy", Words.of(Messages.class, Messages::error_required));
        } else if (MailroomText.length(receiver) > MAX_NAME) {
            errors.add("receivedBy", Words.of(Messages.class, m -> m.error_too_long(MAX_NAME)));
        }
        String code = MailroomText.strip(input.pickupCode());
        if (code != null && !code.matches("[0-9]{6}")) {
            errors.add("pickupCode", MailroomText.said(MailroomMessages::error_pickup_code_format));
        }
        IdDocument idType = null;
        String last4 = null;
        if (input.idCheck() != null && (MailroomText.strip(input.idCheck().type()) != null
                || MailroomText.strip(input.idCheck().last4()) != null)) {
            idType = Enums.parse(IdDocument.class, input.idCheck().type());
            if (idType == null) {
                errors.add("idCheck.type", MailroomText.said(MailroomMessages::error_id_type));
            }
            last4 = MailroomText.strip(input.idCheck().last4());
            if (last4 == null || !last4.matches("[0-9A-Za-z]{4}")) {
                errors.add("idCheck.last4", MailroomText.said(MailroomMessages::error_id_last4));
            }
        }
        if (code == null && idType == null && !errors.has("idCheck.type") && !errors.has("idCheck.last4")) {
            errors.add("pickupCode", MailroomText.said(MailroomMessages::error_code_or_id));
        }
        byte[] signature = signature(input.signature(), errors);
        if (receiver != null && !errors.has("receivedBy") && !authorised(item, receiver)) {
            errors.add("receivedBy", MailroomText.said(MailroomMessages::error_no_consent));
        }
        errors.throwIfAny();

        if (code != null && !code.equals(item.pickupCode)) {
            item.wrongCodes++;
            custody.ofItem(item, CustodyAction.WRONG_CODE, staff.username(),
                    StoredText.of("mailroom:detail_wrong_code", item.wrongCodes, MailItem.MAX_WRONG_CODES));
            if (item.wrongCodes >= MailItem.MAX_WRONG_CODES) {
                item.status = ItemStatus.LOCKED;
                custody.ofItem(item, CustodyAction.LOCKED, staff.username(), null);
                notices.locked(item);
                return new HandoverResult(Outcome.LOCKED, 0, view(item));
            }
            return new HandoverResult(Outcome.WRONG_CODE, MailItem.MAX_WRONG_CODES - item.wrongCodes, view(item));
        }
        item.status = ItemStatus.HANDED_OVER;
        item.handedOverAt = clock.instant();
        item.handedOverBy = staff.username();
        item.receiverName = receiver;
        item.identifiedBy = code != null ? "CODE" : "ID";
        item.idCheckType = code != null ? null : idType;
        item.idCheckLast4 = code != null ? null : last4;
        if (signature != null) {
            storeAttachment(item, MailAttachment.SIGNATURE, "image/png", signature);
        }
        custody.ofItem(item, CustodyAction.HANDED_OVER, staff.username(),
                code != null ? StoredText.of("mailroom:detail_handed_over_code", Names.mask(receiver))
                        : StoredText.of("mailroom:detail_handed_over_id", Names.mask(receiver),
                                StoredText.of("msg:id_document", idType), last4));
        notices.settled(item);
        return new HandoverResult(Outcome.HANDED_OVER, 0, view(item));
    }

    /** An internal item: the staff member it is for (or one of its department) acknowledges having it. */
    @Transactional
    public ItemView acknowledge(Long id) {
        MailItem item = find(id);
        if (!item.forStaff()) {
            throw new Conflict(MailroomText.said(MailroomMessages::conflict_not_staff_item));
        }
        if (!item.recipientStaff.equals(staff.username()) && !staff.hasRole(item.recipientStaff)) {
            throw new ForbiddenException();
        }
        move(item, ItemStatus.HANDED_OVER);
        item.handedOverAt = clock.instant();
        item.handedOverBy = staff.username();
        item.receiverName = staff.displayName();
        item.identifiedBy = "STAFF";
        custody.ofItem(item, CustodyAction.HANDED_OVER, staff.username(),
                StoredText.of("mailroom:detail_acknowledged"));
        notices.settled(item);
        return saved(item);
    }

    /** A supervisor opens an item locked by wrong codes again; the count starts over. */
    @Transactional
    public ItemView release(Long id, String note) {
        MailItem item = lock(id);
        if (item.status != ItemStatus.LOCKED) {
            throw new Conflict(MailroomText.said(MailroomMessages::conflict_not_locked));
        }
        String reason = limited("note", note, MAX_NOTE, null);
        item.status = ItemStatus.WAITING;
        item.wrongCodes = 0;
        custody.ofItem(item, CustodyAction.RELEASED, staff.username(), StoredText.joined(reason));
        return view(item);
    }

    /** The item goes back to its sender (not collected, refused, or misdelivered). */
    @Transactional
    public ItemView returnToSender(Long id, String note) {
        MailItem item = find(id);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String reason = limited("note", note, MAX_NOTE, errors);
        errors.throwIfAny();
        move(item, ItemStatus.RETURNED);
        item.returnedAt = clock.instant();
        custody.ofItem(item, CustodyAction.RETURNED, staff.username(), StoredText.joined(reason));
        notices.settled(item);
        return saved(item);
    }

    public record NewProxy(
            @Schema(required = true) Long residentId,
            @Schema(required = true) String name,
            @Schema(required = true) String consentNote) {
    }

    public record ProxyView(Long id, Long residentId, String name, String consentNote, Instant createdAt,
            String createdBy, Instant revokedAt, String revokedBy, String revokeReason) {

        public boolean inForce() {
            return revokedAt == null;
        }
    }

    /** A resident names someone who may collect their items; how they gave the consent is kept with it. */
    @Transactional
    public ProxyView addProxy(NewProxy input) {
        Words required = Words.of(Messages.class, Messages::error_required);
        Long siteId = staff.currentSiteId();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Resident resident = SiteRows.named(Resident.class, input.residentId(), siteId, "residentId",
                MailroomText.said(MailroomMessages::error_unknown_resident), errors);
        if (input.residentId() == null) {
            errors.add("residentId", required);
        }
        String name = limited("name", input.name(), MAX_NAME, errors);
        if (name == null && !errors.has("name")) {
            errors.add("name", required);
        }
        String consent = limited("consentNote", input.consentNote(), MAX_NOTE, errors);
        if (consent == null && !errors.has("consentNote")) {
            errors.add("consentNote", required);
        }
        if (resident != null && name != null
                && inForce(List.of(resident.id), siteId).stream().anyMatch(p -> Names.same(name, p.name))) {
            errors.add("name", MailroomText.said(MailroomMessages::error_proxy_exists));
        }
        errors.throwIfAny();
        MailProxy proxy = new MailProxy();
        proxy.siteId = siteId;
        proxy.residentId = resident.id;
        proxy.name = name;
        proxy.consentNote = consent;
        proxy.createdAt = clock.instant();
        proxy.createdBy = staff.username();
        proxy.persist();
        return proxyView(proxy);
    }

    /** The proxies a resident of the caller's sites named: those in force first, then the withdrawn ones. */
    public List<ProxyView> proxies(Long residentId) {
        Resident resident = residentOfCallersSites(residentId);
        return MailProxy.<MailProxy>list("residentId = ?1 order by revokedAt desc nulls first, id", resident.id)
                .stream().map(MailroomService::proxyView).toList();
    }

    /** A resident of the caller's sites; any other id is "not found", whether or not it exists. */
    public Resident residentOfCallersSites(Long residentId) {
        Resident resident = residentId == null ? null
                : Resident.findById(residentId);
        if (resident == null) {
            throw new NotFoundException();
        }
        return resident;
    }

    /** The resident who named the proxy, when the proxy is of the caller's sites. */
    public Long residentOfProxy(Long id) {
        MailProxy proxy = id == null ? null
                : MailProxy.findById(id);
        if (proxy == null) {
            throw new NotFoundException();
        }
        return proxy.residentId;
    }

    /**
     * The resident withdraws the consent: from now on the proxy is refused at the handover like anyone else. The
     * record stays (who could collect until when), with who recorded the withdrawal and the reason.
     */
    @Transactional
    public ProxyView revokeProxy(Long id, String reason) {
        MailProxy proxy = id == null ? null
                : MailProxy.<MailProxy>find("id", id)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (proxy == null) {
            throw new NotFoundException();
        }
        String why = limited("reason", reason, MAX_NOTE, null);
        if (why == null || MailroomText.length(why) < 2) {
            throw InvalidInput.of("reason", Words.of(Messages.class, Messages::error_required));
        }
        if (proxy.revokedAt != null) {
            throw new Conflict(MailroomText.said(MailroomMessages::conflict_proxy_revoked));
        }
        proxy.revokedAt = clock.instant();
        proxy.revokedBy = staff.username();
        proxy.revokeReason = why;
        return proxyView(proxy);
    }

    private static List<MailProxy> inForce(List<Long> residentIds, Long siteId) {
        return MailProxy.list("residentId in ?1 and siteId = ?2 and revokedAt is null", residentIds, siteId);
    }

    private static ProxyView proxyView(MailProxy p) {
        return new ProxyView(p.id, p.residentId, p.name, p.consentNote, p.createdAt, p.createdBy, p.revokedAt,
                p.revokedBy, p.revokeReason);
    }

    public ItemView item(Long id) {
        return view(find(id));
    }

    /** The chain of custody of an item of the caller's sites. */
    public List<EventView> custody(Long id) {
        MailItem item = find(id);
        return events(custody.ofItem(item.id));
    }

    /** The items of the tablet's site: open ones by default, else of a status; optionally of one unit. */
    public List<ItemView> list(String status, Long unitId) {
        ItemStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Enums.parse(ItemStatus.class, status);
            if (wanted == null) {
                throw InvalidInput.of("status", MailroomText.said(MailroomMessages::error_status));
            }
        }
        StringBuilder query = new StringBuilder("siteId = :site");
        Map<String, Object> params = new HashMap<>();
        params.put("site", staff.currentSiteId());
        if (wanted != null) {
            query.append(" and status = :status");
            params.put("status", wanted);
        } else {
            query.append(" and status in :open");
            params.put("open", List.of(ItemStatus.WAITING, ItemStatus.LOCKED, ItemStatus.RETURN_DUE));
        }
        if (unitId != null) {
            query.append(" and unitId = :unit");
            params.put("unit", unitId);
        }
        query.append(" order by receivedAt desc, id desc");
        return views(MailItem.<MailItem>find(query.toString(), params).page(0, 200).list());
    }

    /** The stored photo or signature of an item of the caller's sites. */
    public MailAttachment attachment(Long id, String purpose) {
        MailItem item = find(id);
        MailAttachment attachment = MailAttachment.find("itemId = ?1 and purpose = ?2", item.id, purpose).firstResult();
        if (attachment == null) {
            throw new NotFoundException();
        }
        return attachment;
    }

    /** Who may collect the item: the recipient, the household of the unit, and the proxies they named. */
    boolean authorised(MailItem item, String receiver) {
        Set<Long> unitIds = new LinkedHashSet<>();
        if (item.unitId != null) {
            unitIds.add(item.unitId);
        }
        List<Resident> household = new ArrayList<>();
        if (item.recipientResidentId != null) {
            Resident recipient = Resident.findById(item.recipientResidentId);
            household.add(recipient);
            recipient.units.forEach(u -> unitIds.add(u.id));
        }
        if (!unitIds.isEmpty()) {
            household.addAll(Resident.<Resident>list(
                    "select distinct r from Resident r join r.units u where u.id in ?1 and r.siteId = ?2 "
                            + "and (r.movedOut is null or r.movedOut > current_date)",
                    unitIds, item.siteId));
        }
        if (household.stream().anyMatch(r -> Names.same(receiver, r.name))) {
            return true;
        }
        List<Long> residentIds = household.stream().map(r -> r.id).distinct().toList();
        return inForce(residentIds, item.siteId).stream().anyMatch(p -> Names.same(receiver, p.name));
    }

    private boolean isStaffOrDepartment(String recipient, Long siteId) {
        if (List.of(Roles.ALL).contains(recipient)) {
            return true;
        }
        Account account = Account.findByUsername(recipient);
        return account != null && account.enabled && account.siteIds.contains(siteId);
    }

    /** A PNG data URL from the signature pad: checked, decoded, size-limited; null when none was drawn. */
    private static byte[] signature(String dataUrl, InvalidInput.Collector errors) {
        try {
            return Signatures.png(dataUrl);
        } catch (IllegalArgumentException e) {
            errors.add("signature", MailroomText.said(MailroomMessages::error_signature));
            return null;
        }
    }

    private void storeAttachment(MailItem item, String purpose, String mediaType, byte[] content) {
        MailAttachment attachment = new MailAttachment();
        attachment.siteId = item.siteId;
        attachment.itemId = item.id;
        attachment.purpose = purpose;
        attachment.mediaType = mediaType;
        attachment.content = content;
        attachment.createdAt = clock.instant();
        attachment.persist();
    }

    /** What the RECEIVED event says: kind, sender and tracking, never a sealed item's description. */
    private static StoredText receivedDetail(MailItem item) {
        return StoredText.joined(MailroomText.kind(item.kind), item.sealed ? StoredText.of("mailroom:sealed") : null,
                item.sender, item.tracking, item.shelf == null ? null : StoredText.of("mailroom:shelf_label", item.shelf));
    }

    /** An item of the caller's sites; any other id is "not found", whether or not it exists. */
    MailItem find(Long id) {
        MailItem item = id == null ? null
                : MailItem.findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }

    /** As {@link #find}, with the row locked until the transaction ends. */
    private MailItem lock(Long id) {
        MailItem item = id == null ? null
                : MailItem.find("id", id)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }

    private void move(MailItem item, ItemStatus next) {
        if (!item.status.canMoveTo(next)) {
            throw notInThisState(item);
        }
        item.status = next;
    }

    /** The item's status does not allow the step (handed over, returned, ...), named in the refusal. */
    private static Conflict notInThisState(MailItem item) {
        return new Conflict(MailroomText.said(t -> t.conflict_item(t.status(item.status))));
    }

    /** Writes now, so that a change another tablet made first is found here (the version check) as a 409. */
    private ItemView saved(MailItem item) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new Conflict(MailroomText.said(MailroomMessages::conflict_changed));
        }
        return view(item);
    }

    private ItemView view(MailItem item) {
        return views(List.of(item)).get(0);
    }

    private List<ItemView> views(List<MailItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> residentIds = items.stream().map(i -> i.recipientResidentId).filter(Objects::nonNull).distinct()
                .toList();
        List<Long> unitIds = items.stream().map(i -> i.unitId).filter(Objects::nonNull).distinct().toList();
        List<Long> itemIds = items.stream().map(i -> i.id).toList();
        Map<Long, String> names = new HashMap<>();
        if (!residentIds.isEmpty()) {
            Resident.<Resident>list("id in ?1", residentIds).forEach(r -> names.put(r.id, r.name));
        }
        Map<Long, String> units = new HashMap<>();
        if (!unitIds.isEmpty()) {
            Unit.<Unit>list("id in ?1", unitIds).forEach(u -> units.put(u.id, u.label));
        }
        Set<String> attachments = new java.util.HashSet<>();
        Panache.getEntityManager()
                .createQuery("select a.itemId, a.purpose from MailAttachment a where a.itemId in ?1", Object[].class)
                .setParameter(1, itemIds).getResultList().forEach(r -> attachments.add(r[0] + ":" + r[1]));
        Instant now = clock.instant();
        return items.stream().map(i -> new ItemView(i.id, i.kind, i.status, i.sealed,
                i.sealed ? null : i.description, i.sender, i.tracking, i.recipientResidentId,
                Names.mask(names.get(i.recipientResidentId)), i.unitId, units.get(i.unitId), i.recipientStaff,
                i.shelf, i.wrongCodes, i.receivedAt, i.handedOverAt, Names.mask(i.receiverName), i.identifiedBy,
                attachments.contains(i.id + ":" + MailAttachment.PHOTO),
                attachments.contains(i.id + ":" + MailAttachment.SIGNATURE),
                ChronoUnit.DAYS.between(i.receivedAt, i.status.isOpen() ? now : i.receivedAt))).toList();
    }

    static List<EventView> events(List<CustodyEvent> events) {
        return events.stream().map(e -> new EventView(e.id, e.action, e.actor, e.occurredAt, e.detail, e.detailText))
                .toList();
    }

    /** A stripped optional text within its length, or the error against the field (null: nothing to collect). */
    static String limited(String field, String raw, int max, InvalidInput.Collector errors) {
        String value = MailroomText.strip(raw);
        if (value != null && MailroomText.length(value) > max) {
            Words tooLong = Words.of(Messages.class, m -> m.error_too_long(max));
            if (errors == null) {
                throw InvalidInput.of(field, tooLong);
            }
            errors.add(field, tooLong);
            return null;
        }
        return value;
    }
}
