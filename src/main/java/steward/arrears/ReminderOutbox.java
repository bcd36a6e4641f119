package steward.arrears;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.billing.AccountService;
import steward.billing.CashierMessages;
import steward.billing.Money;
import steward.notify.NotificationChannel;
import steward.notify.NotificationService;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.Roles;

/**
 * Hands the reminders the rules decided to the notification outbox, in the resident's language, with the amounts
 * and how to pay. A batch is claimed with {@code FOR UPDATE SKIP LOCKED} and marked queued in the transaction
 * that queues its messages: a replica killed mid-batch leaves the whole batch to the next run, and the outbox's
 * unique (business key, channel) keeps a message from being queued twice whatever happens.
 */
@ApplicationScoped
public class ReminderOutbox {

    @Inject
    ArrearsConfig config;

    @Inject
    Clock clock;

    @Inject
    ArrearsLedger ledger;

    @Inject
    NotificationService notifications;

    /** Queues every decided reminder not yet queued, batch by batch; returns how many. */
    public int queueDecided() {
        int queued = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::queueBatch);
            queued += batch;
        } while (batch >= config.batchSize());
        return queued;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int queueBatch() {
        @SuppressWarnings("unchecked")
        List<ArrearsReminder> batch = Panache.getEntityManager().createNativeQuery("""
                select * from arrears_reminder where queued_at is null order by id limit ?1 for update skip locked""",
                ArrearsReminder.class).setParameter(1, config.batchSize()).getResultList();
        Instant now = clock.instant();
        batch.forEach(reminder -> queue(reminder, now));
        return batch.size();
    }

    private void queue(ArrearsReminder reminder, Instant now) {
        Site site = Site.findById(reminder.siteId);
        Unit unit = Unit.findById(reminder.unitId);
        Set<NotificationChannel> queued = EnumSet.noneOf(NotificationChannel.class);
        if (reminder.action.toResident()) {
            List<CollectionService.Payer> payers = CollectionService.payers(unit.id);
            if (!payers.isEmpty()) {
                queued = remind(site, unit, reminder, payers.get(0), now);
            }
            if (queued.isEmpty()) {
                // Nobody can be reminded this way: the seed's first step, a call, is what is left.
                callTask(site, unit, reminder, true);
            }
        } else {
            callTask(site, unit, reminder, false);
            queued.add(NotificationChannel.IN_APP);
        }
        reminder.queuedAt = now;
        reminder.channels = queued.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private Set<NotificationChannel> remind(Site site, Unit unit, ArrearsReminder reminder,
            CollectionService.Payer payer, Instant now) {
        ArrearsMessages msg = CollectionService.messages(payer.language());
        String amount = amount(reminder.overdue, site.currency);
        Instant notBefore = quietHours(site).nextAllowed(now, site.zone());
        String key = reminder.businessKey();
        Set<NotificationChannel> queued = EnumSet.noneOf(NotificationChannel.class);
        queued.addAll(notifications.enqueueToResident(new NotificationService.ResidentMessage(site.id, key,
                payer.residentId(), unit.id, EnumSet.of(NotificationChannel.SMS), msg.email_subject(site.companyName, unit.label),
                msg.sms_text(site.companyName, unit.label, amount, reminder.period, msg.how_to_pay()), notBefore)));
        if (reminder.action == ArrearsRule.Action.SMS_AND_EMAIL) {
            LocalDate today = LocalDate.ofInstant(now, site.zone());
            String lines = statementLines(site, unit.id, today, payer.language());
            queued.addAll(notifications.enqueueToResident(new NotificationService.ResidentMessage(site.id, key,
                    payer.residentId(), unit.id, EnumSet.of(NotificationChannel.EMAIL),
                    msg.email_subject(site.companyName, unit.label),
                    msg.email_body(site.companyName, unit.label, amount, lines, msg.how_to_pay()), notBefore)));
        }
        return queued;
    }

    /** A task for each customer service staff member of the site: telephone the customer. */
    private void callTask(Site site, Unit unit, ArrearsReminder reminder, boolean noChannel) {
        CollectionCase open = CollectionCase.find("unitId = ?1 and state = ?2", unit.id, CollectionCase.State.OPEN)
                .firstResult();
        String link = open != null ? "/arrears/cases/" + open.id : "/arrears";
        String amount = amount(reminder.overdue, site.currency);
        for (NotificationService.Recipient staff : notifications.staffWithRole(site.id, Roles.SERVICE)) {
            ArrearsMessages msg = CollectionService.messages(staff.language());
            String subject = noChannel ? msg.no_channel_subject(unit.label)
                    : msg.call_task_subject(unit.label, amount, reminder.daysOverdue);
            notifications.enqueue(new NotificationService.Message(site.id,
                    ReminderService.CALL_TASK_PREFIX + unit.id + ":" + reminder.period + ":" + reminder.ruleCode + ":"
                            + staff.username(),
                    staff, subject, msg.call_task_body(unit.label, amount, reminder.daysOverdue), link));
        }
    }

    /**
     * The fee detail statement by email to the customer of a case (三(五)6), once a day at most; returns the
     * channels it was queued on (none: the customer consented to no email, tell them by phone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<NotificationChannel> sendStatement(CollectionCase c) {
        Site site = Site.findById(c.siteId);
        Unit unit = Unit.findById(c.unitId);
        List<CollectionService.Payer> payers = CollectionService.payers(unit.id);
        if (payers.isEmpty()) {
            return Set.of();
        }
        CollectionService.Payer payer = payers.get(0);
        ArrearsMessages msg = CollectionService.messages(payer.language());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        ArrearsLedger.Figures figures = ledger.of(site.id, unit.id, today);
        return notifications.enqueueToResident(new NotificationService.ResidentMessage(site.id,
                "arrears-statement:" + c.id + ":" + today, payer.residentId(), unit.id,
                EnumSet.of(NotificationChannel.EMAIL),
                msg.statement_subject(site.companyName, unit.label),
                msg.email_body(site.companyName, unit.label, amount(figures.overdue(), site.currency),
                        statementLines(site, unit.id, today, payer.language()), msg.how_to_pay()),
                quietHours(site).nextAllowed(now, site.zone())));
    }

    /** The overdue charges, one a line, in the reader's language: 「管理費 2031-03 · 2031-03-31 · 1,234」. */
    private String statementLines(Site site, Long unitId, LocalDate today, String language) {
        CashierMessages words = MessageBundles.get(CashierMessages.class, Localized.Literal.of(language));
        return ledger.linesOf(site.id, unitId, today).stream()
                .map(line -> AccountService.itemName(line.item(), words)
                        + (line.period() != null ? " " + line.period() : "") + " · " + line.dueDate() + " · "
                        + amount(line.due(), site.currency))
                .collect(Collectors.joining("\n"));
    }

    /** The site's own quiet hours (its settings). */
    static QuietHours quietHours(Site site) {
        return new QuietHours(site.settings.arrearsQuietFrom, site.settings.arrearsQuietUntil);
    }

    private static String amount(java.math.BigDecimal value, String currency) {
        return Money.format(value, currency) + " " + currency;
    }
}
