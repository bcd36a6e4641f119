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
import steward.promise.SiteTimes;
import steward.resident.Site;
import steward.resident.Unit;

/**
 * Carries out the steps the rules decided: a message to the resident through the notification outbox, in the
 * resident's language, with the amounts and how to pay; a collection case with its call task for one customer
 * service staff member; the written demand's task. A batch is claimed with {@code FOR UPDATE SKIP LOCKED} and
 * marked queued in the transaction that carries it out: a replica killed mid-batch leaves the whole batch to the
 * next run, and the outbox's unique (business key, channel) and the one open case per unit keep anything from
 * happening twice whatever happens.
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

    @Inject
    CollectionTasks tasks;

    @Inject
    ReminderService reminders;

    /** Carries out every decided step not yet carried out, batch by batch; returns how many. */
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
        List<CollectionService.Payer> payers = CollectionService.payers(unit.id);
        Long payer = payers.isEmpty() ? null : payers.get(0).residentId();
        String language = payers.isEmpty() ? null : payers.get(0).language();
        switch (reminder.action) {
            case SMS, SMS_AND_EMAIL -> {
                if (payer != null) {
                    queued = remind(site, unit, reminder, payer, language, now);
                }
                if (queued.isEmpty() && reminders.policyOf(site.id).callOrder == ArrearsPolicy.CallOrder.MESSAGES_FIRST) {
                    // Nobody can be reminded this way: the seed's first step, a call, is what is left.
                    tasks.openByRule(site, unit, reminder, now);
                }
            }
            case STATEMENT_EMAIL -> {
                queued = payer == null ? queued
                        : statement(site, unit, reminder.businessKey(), payer, language, now);
                if (queued.isEmpty()) {
                    tasks.ask(site, unit, reminder, CollectionTasks.Task.TELL_BY_PHONE);
                }
            }
            case APPOINTMENT_REMINDER -> {
                if (payer != null) {
                    queued = appointment(site, unit, reminder, payer, language, now);
                }
            }
            case STAFF_CALL -> {
                tasks.openByRule(site, unit, reminder, now);
                queued.add(NotificationChannel.IN_APP);
            }
            case WRITTEN_DEMAND -> {
                tasks.ask(site, unit, reminder, CollectionTasks.Task.WRITTEN_DEMAND);
                queued.add(NotificationChannel.IN_APP);
            }
        }
        reminder.queuedAt = now;
        reminder.channels = queued.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private Set<NotificationChannel> remind(Site site, Unit unit, ArrearsReminder reminder, Long payer,
            String language, Instant now) {
        ArrearsMessages msg = CollectionService.messages(language);
        String amount = amount(reminder.overdue, site.currency);
        Instant notBefore = quietHours(site).nextAllowed(now, site.zone());
        String key = reminder.businessKey();
        Set<NotificationChannel> queued = EnumSet.noneOf(NotificationChannel.class);
        queued.addAll(notifications.enqueueToResident(new NotificationService.ResidentMessage(site.id, key, payer,
                unit.id, EnumSet.of(NotificationChannel.SMS), msg.email_subject(site.companyName, unit.label),
                msg.sms_text(site.companyName, unit.label, amount, reminder.period, msg.how_to_pay()), notBefore)));
        if (reminder.action == ArrearsReminder.Kind.SMS_AND_EMAIL) {
            LocalDate today = LocalDate.ofInstant(now, site.zone());
            String lines = statementLines(site, unit.id, today, language);
            queued.addAll(notifications.enqueueToResident(new NotificationService.ResidentMessage(site.id, key,
                    payer, unit.id, EnumSet.of(NotificationChannel.EMAIL),
                    msg.email_subject(site.companyName, unit.label),
                    msg.email_body(site.companyName, unit.label, amount, lines, msg.how_to_pay()), notBefore)));
        }
        return queued;
    }

    /** The SMS the day before an appointment agreed on a call: when, and how much. */
    private Set<NotificationChannel> appointment(Site site, Unit unit, ArrearsReminder reminder, Long payer,
            String language, Instant now) {
        Long contactId = Long.valueOf(reminder.ruleCode.substring(ArrearsReminder.APPOINTMENT_PREFIX.length()));
        CollectionContact contact = CollectionContact.findById(contactId);
        ArrearsMessages msg = CollectionService.messages(language);
        return notifications.enqueueToResident(new NotificationService.ResidentMessage(site.id,
                reminder.businessKey(), payer, unit.id, EnumSet.of(NotificationChannel.SMS),
                msg.appointment_subject(site.companyName, unit.label),
                msg.appointment_text(site.companyName, unit.label, SiteTimes.format(contact.appointmentAt, site.zone()),
                        amount(reminder.overdue, site.currency)),
                quietHours(site).nextAllowed(now, site.zone())));
    }

    /**
     * The fee detail statement to the customer of a case (三(五)6) when they ask for it, once a day at most;
     * returns the channels it was queued on (none: the customer consented to no email, tell them by phone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<NotificationChannel> sendStatement(CollectionCase c) {
        Site site = Site.findById(c.siteId);
        Unit unit = Unit.findById(c.unitId);
        List<CollectionService.Payer> payers = CollectionService.payers(unit.id);
        if (payers.isEmpty()) {
            return Set.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), site.zone());
        return statement(site, unit, "arrears-statement:" + c.id + ":" + today, payers.get(0).residentId(),
                payers.get(0).language(), clock.instant());
    }

    /** The statement by email: the overdue charges line by line, what is due, how to pay. */
    private Set<NotificationChannel> statement(Site site, Unit unit, String key, Long payer, String language,
            Instant now) {
        ArrearsMessages msg = CollectionService.messages(language);
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        ArrearsLedger.Figures figures = ledger.of(site.id, unit.id, today);
        return notifications.enqueueToResident(new NotificationService.ResidentMessage(site.id, key, payer,
                unit.id, EnumSet.of(NotificationChannel.EMAIL), msg.statement_subject(site.companyName, unit.label),
                msg.email_body(site.companyName, unit.label, amount(figures.overdue(), site.currency),
                        statementLines(site, unit.id, today, language), msg.how_to_pay()),
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

    static String amount(java.math.BigDecimal value, String currency) {
        return Money.format(value, currency) + " " + currency;
    }
}
