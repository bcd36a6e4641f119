package steward.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import steward.complaint.Complaint;
import steward.complaint.ComplaintResolved;
import steward.complaint.ResidentDissatisfied;
import steward.notify.NotificationChannel;
import steward.notify.NotificationService;
import steward.resident.Resident;
import steward.resident.Site;
import steward.security.Roles;
import steward.web.InputRules;
import steward.web.Languages;
import steward.web.StoredText;

/**
 * The resident's own word on a resolved complaint (issue 20): on resolution, a link to a short survey goes to the
 * resident by the channel they consented to, in their language; answered once, before it expires, without a
 * sign-in. The answer is kept beside the staff member's own entry; a low score sends the complaint back to the
 * supervisors.
 */
@ApplicationScoped
public class SurveyService {

    @Inject
    Clock clock;

    @Inject
    SurveyConfig config;

    @Inject
    SurveyLinks links;

    @Inject
    NotificationService notifications;

    @Inject
    InputRules rules;


    @Inject
    Event<ResidentDissatisfied> dissatisfied;

    public record Answer(@NotNull(message = "{steward.survey.satisfaction}") @Min(value = 1, message = "{steward.survey.satisfaction}")
            @Max(value = 5, message = "{steward.survey.satisfaction}") Integer satisfaction,
            @NotNull(message = "{steward.required}") ComplaintSurvey.PromiseKept promiseKept,
            @Size(max = 1000, message = "{steward.too_long}") String comment) {
    }

    /** What a link opens: the survey if it is valid, or why not. Nothing about the complaint but its category and date. */
    public record Opened(Status status, Long surveyId, String language, String company, Complaint.Category category,
            LocalDate received) {
    }

    /** RECORDED: this very request recorded the answer; ANSWERED: it had been answered before. */
    public enum Status {
        OPEN, INVALID, ANSWERED, EXPIRED, RECORDED
    }

    /** A survey as staff see it beside the complaint. */
    public record View(Long id, ComplaintSurvey.State state, Instant sentAt, Instant expiresAt, String channels,
            Instant answeredAt, Integer satisfaction, ComplaintSurvey.PromiseKept promiseKept, String comment,
            boolean reopened, String resolvedBy) {

        public boolean answered() {
            return state == ComplaintSurvey.State.ANSWERED;
        }
    }

    /** A complaint resolved for a resident: the survey goes out (in the resolving transaction), where they consented. */
    void onResolved(@Observes ComplaintResolved resolved) {
        if (resolved.residentId() == null) {
            return;
        }
        Resident resident = Resident.findById(resolved.residentId());
        Site site = Site.findById(resolved.siteId());
        if (resident == null || site == null) {
            return;
        }
        ComplaintSurvey.update("state = ?1 where complaintId = ?2 and state = ?3", ComplaintSurvey.State.SUPERSEDED,
                resolved.complaintId(), ComplaintSurvey.State.SENT);
        String language = Languages.supported(resident.preferredLanguage);
        language = language != null ? language : Languages.TRADITIONAL;
        Instant now = clock.instant();
        String secret = SurveyLinks.newSecret();
        ComplaintSurvey survey = new ComplaintSurvey();
        survey.siteId = site.id;
        survey.complaintId = resolved.complaintId();
        survey.residentId = resident.id;
        survey.resolvedBy = resolved.resolvedBy();
        survey.resolvedAt = resolved.resolvedAt();
        survey.secretHash = SurveyLinks.hash(secret);
        survey.language = language;
        survey.channels = "";
        survey.sentAt = now;
        survey.expiresAt = now.plus(config.validFor());
        survey.persist();
        survey.flush();
        SurveyMessages words = bundle(language);
        String link = config.publicUrl() + "/survey/" + links.token(survey.id, secret);
        String text = words.invitation(site.companyName, link, config.validFor().toDays());
        Set<NotificationChannel> queued = notifications.enqueueToResident(new NotificationService.ResidentMessage(
                site.id, "survey:" + survey.id + ":invitation", resident.id, null,
                EnumSet.of(NotificationChannel.SMS, NotificationChannel.EMAIL),
                words.invitation_subject(site.companyName), text, null));
        if (queued.isEmpty()) {
            survey.delete(); // no channel the resident consented to: staff ask in person
            return;
        }
        survey.channels = queued.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** What the link opens; counts as nothing against the survey. */
    @Transactional
    public Opened open(String token) {
        ComplaintSurvey survey = byToken(token);
        if (survey == null) {
            return new Opened(Status.INVALID, null, null, null, null, null);
        }
        Complaint complaint = Complaint.findById(survey.complaintId);
        Site site = Site.findById(survey.siteId);
        Status status = survey.state != ComplaintSurvey.State.SENT ? (survey.state == ComplaintSurvey.State.ANSWERED
                ? Status.ANSWERED : Status.EXPIRED)
                : clock.instant().isAfter(survey.expiresAt) ? Status.EXPIRED : Status.OPEN;
        return new Opened(status, survey.id, survey.language, site.companyName, complaint.category,
                LocalDate.ofInstant(complaint.receivedAt, site.zone()));
    }

    /**
     * The resident's answer, once: the survey row is locked, so two taps at once record one answer and the other
     * is told it was answered. A low score sends the complaint back to the supervisors, who are told.
     */
    @Transactional
    public Opened answer(String token, Answer input) {
        Opened opened = open(token);
        if (opened.status() != Status.OPEN) {
            return opened;
        }
        rules.check(input);
        ComplaintSurvey survey = ComplaintSurvey.findById(opened.surveyId(), LockModeType.PESSIMISTIC_WRITE);
        if (survey.state != ComplaintSurvey.State.SENT) {
            return new Opened(Status.ANSWERED, survey.id, opened.language(), opened.company(), opened.category(),
                    opened.received());
        }
        survey.state = ComplaintSurvey.State.ANSWERED;
        survey.answeredAt = clock.instant();
        survey.satisfaction = input.satisfaction();
        survey.promiseKept = input.promiseKept();
        survey.comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (survey.satisfaction <= config.lowScore()) {
            survey.reopened = true;
            dissatisfied.fire(new ResidentDissatisfied(survey.complaintId, survey.id, survey.satisfaction,
                    survey.comment));
            tellSupervisors(survey, opened.category());
        }
        return new Opened(Status.RECORDED, survey.id, opened.language(), opened.company(), opened.category(),
                opened.received());
    }

    /** The surveys of a complaint of the caller's sites, newest first (none for another site's). */
    public List<View> ofComplaint(Long complaintId) {
        return ComplaintSurvey.<ComplaintSurvey>list("complaintId = ?1 order by sentAt desc, id desc", complaintId)
                .stream().map(SurveyService::view).toList();
    }

    static View view(ComplaintSurvey s) {
        return new View(s.id, s.state, s.sentAt, s.expiresAt, s.channels, s.answeredAt, s.satisfaction, s.promiseKept,
                s.comment, s.reopened, s.resolvedBy);
    }

    private void tellSupervisors(ComplaintSurvey survey, Complaint.Category category) {
        StoredText shown = StoredText.of("complaint:category", category);
        for (NotificationService.Recipient supervisor : notifications.staffWithRole(survey.siteId, Roles.SUPERVISOR)) {
            notifications.enqueue(new NotificationService.Message(survey.siteId,
                    "survey:" + survey.id + ":low:" + supervisor.username(), supervisor,
                    StoredText.of("survey:low_subject", survey.complaintId),
                    StoredText.of("survey:low_body", survey.complaintId, shown, survey.satisfaction,
                            survey.comment == null ? "" : survey.comment),
                    "/complaints/" + survey.complaintId));
        }
    }

    private ComplaintSurvey byToken(String token) {
        return links.parse(token).map(parsed -> {
            ComplaintSurvey survey = ComplaintSurvey.findById(parsed.surveyId());
            return survey != null && java.security.MessageDigest.isEqual(survey.secretHash,
                    SurveyLinks.hash(parsed.secret())) ? survey : null;
        }).orElse(null);
    }

    static SurveyMessages bundle(String language) {
        return MessageBundles.get(SurveyMessages.class, Localized.Literal.of(language));
    }
}
