package steward.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import steward.billing.CashCloseService;
import steward.center.CallOut;
import steward.lending.Loan;
import steward.mailroom.ItemStatus;
import steward.mailroom.MailItem;
import steward.mailroom.Names;
import steward.privacy.IdDocument;
import steward.promise.Promise;
import steward.promise.PromiseSource;
import steward.promise.PromiseState;
import steward.reception.Visit;
import steward.reception.VisitStatus;
import steward.resident.Resident;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.Account;
import steward.web.Messages;
import steward.web.Words;

/** The sections of every handover, each a bean: what the desk hands over from each capability's records. */
final class Sections {

    private Sections() {
    }

    static Map<Long, String> unitLabels(List<Long> ids) {
        List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> labels = new HashMap<>();
        if (!known.isEmpty()) {
            Unit.<Unit>list("id in ?1", known).forEach(u -> labels.put(u.id, u.label));
        }
        return labels;
    }

    static Map<String, String> names(List<String> usernames) {
        List<String> known = usernames.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!known.isEmpty()) {
            Account.<Account>list("username in ?1", known).forEach(a -> names.put(a.username, a.displayName));
        }
        return names;
    }

    /** A section titled by its key in the handover's words. */
    abstract static class Titled implements HandoverSection {
        @Override
        public Words title() {
            return HandoverText.said(t -> t.section(key()));
        }

        @Override
        public Words codeLabel(String code) {
            return HandoverText.said(t -> t.code(code));
        }
    }

    /** Visitors registered and not yet seen off. */
    @Singleton
    static class Visitors extends Titled {
        @Override
        public String key() {
            return "visitors";
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public List<Line> lines(Long siteId, Instant now, Instant starts, Instant ends) {
            List<Visit> visits = Visit.<Visit>list("siteId = ?1 and status <> ?2 order by registeredAt, id", siteId,
                    VisitStatus.LEFT);
            Map<Long, String> units = unitLabels(visits.stream().map(v -> v.unitId).toList());
            return visits.stream().map(v -> new Line(v.id, v.status.name(), v.visitorName, units.get(v.unitId), null,
                    v.partySize, v.registeredAt, null, "/desk/visits/" + v.id)).toList();
        }

    }

    /** Items on the shelf, counted per shelf; names masked as on the shelf's screen. */
    @Singleton
    static class Mail extends Titled {
        @Override
        public String key() {
            return "mail";
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public boolean countedByDetail() {
            return true;
        }

        @Override
        public List<Line> lines(Long siteId, Instant now, Instant starts, Instant ends) {
            List<MailItem> items = MailItem.<MailItem>list("siteId = ?1 and status in ?2 order by shelf, receivedAt, id",
                    siteId, List.of(ItemStatus.WAITING, ItemStatus.LOCKED, ItemStatus.RETURN_DUE));
            Map<Long, String> units = unitLabels(items.stream().map(i -> i.unitId).toList());
            List<Long> residentIds = items.stream().map(i -> i.recipientResidentId).filter(Objects::nonNull).distinct()
                    .toList();
            Map<Long, String> residents = new HashMap<>();
            if (!residentIds.isEmpty()) {
                Resident.<Resident>list("id in ?1", residentIds).forEach(r -> residents.put(r.id, r.name));
            }
            return items.stream().map(i -> {
                String who = i.recipientStaff != null ? i.recipientStaff
                        : i.recipientResidentId != null ? Names.mask(residents.get(i.recipientResidentId)) : "";
                String unit = units.get(i.unitId);
                String label = unit == null ? who : who.isEmpty() ? unit : unit + " " + who;
                return new Line(i.id, i.kind.name(), label, i.shelf == null ? "" : i.shelf, null, 1, i.receivedAt,
                        null, "/mailroom/items/" + i.id);
            }).toList();
        }

    }

    /** Items lent and not back. */
    @Singleton
    static class Loans extends Titled {
        @Override
        public String key() {
            return "loans";
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public List<Line> lines(Long siteId, Instant now, Instant starts, Instant ends) {
            return Loan.<Loan>list("siteId = ?1 and state = ?2 order by dueBackAt, id", siteId, Loan.State.OUT).stream()
                    .map(l -> new Line(l.id, l.kind.name(), l.description, l.borrowerName, l.lentBy, null, l.dueBackAt,
                            null, "/loans/" + l.id))
                    .toList();
        }

    }

    /** IDs held as deposits: each must be in the drawer. */
    @Singleton
    static class IdsHeld extends Titled {
        @Override
        public String key() {
            return "ids_held";
        }

        /** A line's code is the document's type, named as everywhere else the desk names it. */
        @Override
        public Words codeLabel(String code) {
            IdDocument type = IdDocument.valueOf(code);
            return Words.of(Messages.class, m -> m.id_document(type));
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public List<Line> lines(Long siteId, Instant now, Instant starts, Instant ends) {
            return Loan.<Loan>list("siteId = ?1 and idState = ?2 order by lentAt, id", siteId, Loan.IdState.HELD)
                    .stream().map(l -> new Line(l.id, l.depositIdType.name(), "****" + l.depositIdLast4, l.borrowerName,
                            null, null, l.lentAt, null, "/loans/" + l.id))
                    .toList();
        }

    }

    /** Open promises due before the incoming shift ends (the overdue first), with their owners; callbacks apart. */
    @Singleton
    static class Promises extends Titled {
        @Override
        public String key() {
            return "promises";
        }

        @Override
        public int order() {
            return 50;
        }

        @Override
        public List<Line> lines(Long siteId, Instant now, Instant starts, Instant ends) {
            return promises("siteId = ?1 and state = ?2 and dueAt < ?3 and sourceKind not in ?4 order by dueAt, id",
                    siteId, PromiseState.OPEN, ends, List.of(PromiseSource.CALL, PromiseSource.INQUIRY));
        }
    }

    /** Callbacks promised on the phone or at the desk and not yet made, whenever due. */
    @Singleton
    static class Callbacks extends Titled {
        @Override
        public String key() {
            return "callbacks";
        }

        @Override
        public int order() {
            return 60;
        }

        @Override
        public List<Line> lines(Long siteId, Instant now, Instant starts, Instant ends) {
            return promises("siteId = ?1 and state = ?2 and sourceKind in ?3 order by dueAt, id", siteId,
                    PromiseState.OPEN, List.of(PromiseSource.CALL, PromiseSource.INQUIRY));
        }
    }

    static List<HandoverSection.Line> promises(String query, Object... parameters) {
        return Promise.<Promise>list(query, parameters).stream().map(p -> new HandoverSection.Line(p.id,
                p.sourceKind.name(), p.what, p.customerName, p.owner, null, p.dueAt, null,
                p.sourceKind == PromiseSource.COMPLAINT && p.sourceId != null ? "/complaints/" + p.sourceId
                        : "/promises#promise-" + p.id))
                .toList();
    }

    /** Call-outs whose staff member has not yet arrived. */
    @Singleton
    static class CallOuts extends Titled {
        @Override
        public String key() {
            return "call_outs";
        }

        @Override
        public int order() {
            return 70;
        }

        @Override
        public List<Line> lines(Long siteId, Instant now, Instant starts, Instant ends) {
            List<CallOut> open = CallOut.<CallOut>list("siteId = ?1 and state <> ?2 order by requestedAt, id", siteId,
                    CallOut.State.ARRIVED);
            Map<String, String> names = names(open.stream().map(c -> c.called).toList());
            return open.stream().map(c -> new Line(c.id, c.state.name(), names.getOrDefault(c.called, c.called),
                    c.reason, c.called, null, c.requestedAt, null, "/on-call#call-out-" + c.id)).toList();
        }
    }

    /** The tills still open today: what each drawer should hold. */
    @Singleton
    static class Till extends Titled {

        @Inject
        CashCloseService closes;

        @Override
        public String key() {
            return "till";
        }

        @Override
        public int order() {
            return 80;
        }

        @Override
        public List<Line> lines(Long siteId, Instant now, Instant starts, Instant ends) {
            Site site = Site.findById(siteId);
            List<CashCloseService.CashDay> days = closes.openTills(siteId, LocalDate.ofInstant(now, site.zone()));
            Map<String, String> names = names(days.stream().map(CashCloseService.CashDay::cashier).toList());
            return days.stream().map(d -> new Line(null, null, names.getOrDefault(d.cashier(), d.cashier()),
                    d.currency(), d.cashier(), d.cashPayments(), null, d.expected(), "/cashier/close")).toList();
        }
    }
}
