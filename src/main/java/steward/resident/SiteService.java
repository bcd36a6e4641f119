package steward.resident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.StewardConfig;
import steward.security.AuditAction;
import steward.security.AuditTrail;
import steward.security.SignedInAccounts;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InputRules;

/**
 * The company's sites, kept by its administrators: set up, details and settings changed, closed and reopened. An
 * administrator manages the sites of their account (open or closed); a site they set up becomes one of them. A site
 * is never deleted: closing it keeps every record and takes it out of everyone's work (see {@link Site}).
 */
@ApplicationScoped
public class SiteService {

    @Inject
    StaffContext staff;

    @Inject
    SignedInAccounts signedIn;

    @Inject
    AuditTrail audit;

    @Inject
    InputRules rules;

    @Inject
    StewardConfig config;

    @Inject
    SiteDefaults defaults;

    @Inject
    Clock clock;

    /** A site as typed: its code is kept in lower case; settings null means the defaults (new) or as they are. */
    @Schema(name = "SiteInput")
    public record SiteInput(
            @Schema(description = "Short and stable: single sign-on tokens name sites by it", example = "north-park")
            @NotBlank(message = "{steward.required}")
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,29}", message = "{steward.site_code}") String code,
            @NotBlank(message = "{steward.required}") @Size(max = 100, message = "{steward.too_long}") String name,
            @Size(max = 200, message = "{steward.too_long}") String address,
            @Schema(description = "The company named in the greetings: 「您好,好管家物業」")
            @NotBlank(message = "{steward.required}") @Size(max = 100, message = "{steward.too_long}") String companyName,
            @Schema(example = "Asia/Taipei")
            @NotBlank(message = "{steward.required}") @SiteRules.TimeZoneId String timeZone,
            @Schema(example = "TWD")
            @NotBlank(message = "{steward.required}") @SiteRules.CurrencyCode String currency,
            @Schema(description = "Where numbers typed without a country code are from", example = "TW")
            @NotBlank(message = "{steward.required}") @SiteRules.PhoneRegion String phoneRegion,
            @Schema(description = "The desk's own number, as dialled in the site's region", example = "02 2345 6789")
            @Size(max = 40, message = "{steward.too_long}") String deskPhone,
            @Valid Settings settings) implements InputRules.CrossFieldRules {

        public SiteInput {
            code = code == null ? null : code.strip().toLowerCase(Locale.ROOT);
            name = tidy(name);
            address = tidy(address);
            companyName = tidy(companyName);
            timeZone = tidy(timeZone);
            currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
            phoneRegion = phoneRegion == null ? null : phoneRegion.strip().toUpperCase(Locale.ROOT);
            deskPhone = tidy(deskPhone);
        }

        /** The site's details by name, for the form that shows them ("" for none). */
        public String field(String field) {
            String value = switch (field) {
                case "code" -> code;
                case "name" -> name;
                case "address" -> address;
                case "companyName" -> companyName;
                case "timeZone" -> timeZone;
                case "currency" -> currency;
                case "phoneRegion" -> phoneRegion;
                case "deskPhone" -> deskPhone;
                default -> throw new IllegalArgumentException(field);
            };
            return value == null ? "" : value;
        }

        /** The names of the details, in the form's order. */
        public List<String> details() {
            return List.of("code", "name", "address", "companyName", "timeZone", "currency", "phoneRegion",
                    "deskPhone");
        }

        /** The desk's number must be a number of the site's region (or carry its country code). */
        @Override
        public Map<String, String> crossFieldViolations() {
            Map<String, String> violations = new LinkedHashMap<>();
            if (deskPhone != null && new SiteRules.PhoneRegionCheck().isValid(phoneRegion, null)
                    && Phones.normalise(deskPhone, phoneRegion).isEmpty()) {
                violations.put("deskPhone", "steward.phone");
            }
            return violations;
        }
    }

    /** A site's own settings (see {@link SiteSettings}). */
    @Schema(name = "SiteSettings")
    public record Settings(
            @NotNull(message = "{steward.required}") @Min(value = 1, message = "{steward.min}")
            @Max(value = 3650, message = "{steward.max}") Integer visitorRetentionDays,
            @NotNull(message = "{steward.required}") @Min(value = 1, message = "{steward.min}")
            @Max(value = 3650, message = "{steward.max}") Integer callerRetentionDays,
            @NotNull(message = "{steward.required}") @Min(value = 1, message = "{steward.min}")
            @Max(value = 3650, message = "{steward.max}") Integer inquirerRetentionDays,
            @NotNull(message = "{steward.required}") @Min(value = 1, message = "{steward.min}")
            @Max(value = 3650, message = "{steward.max}") Integer notificationRetentionDays,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time",
                    example = "18:00")
            @NotNull(message = "{steward.required}") LocalTime deskDayEndsAt,
            @NotNull(message = "{steward.required}") @Min(value = 1, message = "{steward.min}")
            @Max(value = 365, message = "{steward.max}") Integer mailroomFirstReminderDays,
            @NotNull(message = "{steward.required}") @Min(value = 1, message = "{steward.min}")
            @Max(value = 365, message = "{steward.max}") Integer mailroomReminderIntervalDays,
            @NotNull(message = "{steward.required}") @Min(value = 1, message = "{steward.min}")
            @Max(value = 3650, message = "{steward.max}") Integer mailroomReturnAfterDays,
            @NotNull(message = "{steward.required}") @Min(value = 1, message = "{steward.min}")
            @Max(value = 31, message = "{steward.max}") Integer arrearsMonthlyCap,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time",
                    example = "21:00")
            @NotNull(message = "{steward.required}") LocalTime arrearsQuietFrom,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time",
                    example = "08:00")
            @NotNull(message = "{steward.required}") LocalTime arrearsQuietUntil,
            @Schema(description = "A measured call rang no longer than this when answered within the standard "
                    + "(three rings: about 15 s)")
            @NotNull(message = "{steward.required}") @Min(value = 1, message = "{steward.min}")
            @Max(value = 120, message = "{steward.max}") Integer answerWithinSeconds,
            @Schema(description = "A missed call's callback is due this many minutes after it rang off")
            @NotNull(message = "{steward.required}") @Min(value = 1, message = "{steward.min}")
            @Max(value = 1440, message = "{steward.max}") Integer missedCallbackMinutes) {

        static Settings of(SiteSettings s) {
            return new Settings(s.visitorRetentionDays, s.callerRetentionDays, s.inquirerRetentionDays,
                    s.notificationRetentionDays, s.deskDayEndsAt, s.mailroomFirstReminderDays,
                    s.mailroomReminderIntervalDays, s.mailroomReturnAfterDays, s.arrearsMonthlyCap, s.arrearsQuietFrom,
                    s.arrearsQuietUntil, s.answerWithinSeconds, s.missedCallbackMinutes);
        }

        void applyTo(SiteSettings s) {
            s.visitorRetentionDays = visitorRetentionDays;
            s.callerRetentionDays = callerRetentionDays;
            s.inquirerRetentionDays = inquirerRetentionDays;
            s.notificationRetentionDays = notificationRetentionDays;
            s.deskDayEndsAt = deskDayEndsAt;
            s.mailroomFirstReminderDays = mailroomFirstReminderDays;
            s.mailroomReminderIntervalDays = mailroomReminderIntervalDays;
            s.mailroomReturnAfterDays = mailroomReturnAfterDays;
            s.arrearsMonthlyCap = arrearsMonthlyCap;
            s.arrearsQuietFrom = arrearsQuietFrom;
            s.arrearsQuietUntil = arrearsQuietUntil;
            s.answerWithinSeconds = answerWithinSeconds;
            s.missedCallbackMinutes = missedCallbackMinutes;
        }

        /** Each setting by name, in the order of the page. */
        public Map<String, Object> byName() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("visitorRetentionDays", visitorRetentionDays);
            values.put("callerRetentionDays", callerRetentionDays);
            values.put("inquirerRetentionDays", inquirerRetentionDays);
            values.put("notificationRetentionDays", notificationRetentionDays);
            values.put("deskDayEndsAt", deskDayEndsAt);
            values.put("mailroomFirstReminderDays", mailroomFirstReminderDays);
            values.put("mailroomReminderIntervalDays", mailroomReminderIntervalDays);
            values.put("mailroomReturnAfterDays", mailroomReturnAfterDays);
            values.put("arrearsMonthlyCap", arrearsMonthlyCap);
            values.put("arrearsQuietFrom", arrearsQuietFrom);
            values.put("arrearsQuietUntil", arrearsQuietUntil);
            values.put("answerWithinSeconds", answerWithinSeconds);
            values.put("missedCallbackMinutes", missedCallbackMinutes);
            return values;
        }
    }

    /** A site as its page and the API show it; {@code deskPhone} as dialled in the site's region. */
    public record SiteView(Long id, String code, String name, String address, String companyName, String timeZone,
            String currency, String phoneRegion, String deskPhone, Settings settings, Instant createdAt,
            Instant closedAt, long buildings, long units, long residents) {

        public boolean closed() {
            return closedAt != null;
        }
    }

    /** The sites the administrator manages, open ones first, by name. */
    public List<SiteView> list() {
        List<Long> ids = managedSiteIds();
        return ids.isEmpty() ? List.of()
                : views(Site.list("id in ?1 order by case when closedAt is null then 0 else 1 end, name", ids));
    }

    public SiteView view(Long id) {
        return views(List.of(find(id))).get(0);
    }

    /** What the new-site form starts with: the company's defaults. */
    public SiteInput blank() {
        Site site = Site.withDefaults(config, defaults);
        return new SiteInput("", "", "", site.companyName, site.timeZone, site.currency, site.phoneRegion, "",
                Settings.of(site.settings));
    }

    /** The site as its edit form starts. */
    public SiteInput current(Long id) {
        Site site = find(id);
        return new SiteInput(site.code, site.name, site.address, site.companyName, site.timeZone, site.currency,
                site.phoneRegion, site.deskPhone == null ? "" : Phones.national(site.deskPhone),
                Settings.of(site.settings));
    }

    @Transactional
    public Long create(SiteInput typed) {
        SiteInput input = rules.check(typed);
        if (Site.findByCode(input.code()) != null) {
            throw rules.refuse("code", "steward.site_code.taken");
        }
        Site site = Site.withDefaults(config, defaults);
        apply(site, input);
        writeCodeOnce(site::persist);
        long accountId = staff.account().id();
        Panache.getEntityManager().createNativeQuery(
                "insert into account_site (account_id, site_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, accountId).setParameter(2, site.id).executeUpdate();
        signedIn.changedInThisTransaction(accountId);
        Changes created = new Changes();
        describe(new Site(), site).forEach((field, values) -> created.field(field, null, values[1]));
        audit.recordChange(AuditAction.CREATE_SITE, site.id, null, created.json());
        return site.id;
    }

    @Transactional
    public void update(Long id, SiteInput typed) {
        SiteInput input = rules.check(typed);
        Site site = find(id);
        Site other = Site.findByCode(input.code());
        if (other != null && !other.id.equals(site.id)) {
            throw rules.refuse("code", "steward.site_code.taken");
        }
        Site before = copy(site);
        apply(site, input);
        writeCodeOnce(() -> { });
        Changes changes = new Changes();
        Map<String, Object[]> now = describe(before, site);
        now.forEach((field, values) -> changes.field(field, values[0], values[1]));
        if (!changes.isEmpty()) {
            audit.recordChange(AuditAction.UPDATE_SITE, site.id, null, changes.json());
        }
    }

    /** A code another administrator saved a moment ago is refused as taken, not answered as a failure. */
    private void writeCodeOnce(Runnable write) {
        rules.writeOrRefuse(write, "site_code_key", "code", "steward.site_code.taken");
    }

    /** Closes a site: its records stay, nobody works in it any more (reopen undoes it). */
    @Transactional
    public void close(Long id) {
        Site site = find(id);
        if (site.isClosed()) {
            throw new Conflict(InputRules.said("steward.site.closed_already"));
        }
        site.closedAt = clock.instant();
        signedIn.allChangedInThisTransaction();
        audit.recordChange(AuditAction.CLOSE_SITE, site.id, null, null);
    }

    @Transactional
    public void reopen(Long id) {
        Site site = find(id);
        if (!site.isClosed()) {
            throw new Conflict(InputRules.said("steward.site.open_already"));
        }
        site.closedAt = null;
        signedIn.allChangedInThisTransaction();
        audit.recordChange(AuditAction.REOPEN_SITE, site.id, null, null);
    }

    /** A site the administrator manages (open or closed); any other id is "not found". */
    Site find(Long id) {
        Site site = id == null || !managedSiteIds().contains(id) ? null : Site.findById(id);
        if (site == null) {
            throw new NotFoundException();
        }
        return site;
    }

    /** Every site of the caller's account, closed ones included (the account's open sites are its working ones). */
    @SuppressWarnings("unchecked")
    private List<Long> managedSiteIds() {
        if (staff.account() == null) {
            return List.of();
        }
        return ((List<Number>) Panache.getEntityManager()
                .createNativeQuery("select site_id from account_site where account_id = ?1")
                .setParameter(1, staff.account().id()).getResultList()).stream().map(Number::longValue).toList();
    }

    private void apply(Site site, SiteInput input) {
        site.code = input.code();
        site.name = input.name();
        site.address = input.address();
        site.companyName = input.companyName();
        site.timeZone = input.timeZone();
        site.currency = input.currency();
        site.phoneRegion = input.phoneRegion();
        site.deskPhone = input.deskPhone() == null ? null
                : Phones.normalise(input.deskPhone(), input.phoneRegion()).orElseThrow();
        if (input.settings() != null) {
            input.settings().applyTo(site.settings);
        }
    }

    private static Site copy(Site site) {
        Site copy = new Site();
        copy.code = site.code;
        copy.name = site.name;
        copy.address = site.address;
        copy.companyName = site.companyName;
        copy.timeZone = site.timeZone;
        copy.currency = site.currency;
        copy.phoneRegion = site.phoneRegion;
        copy.deskPhone = site.deskPhone;
        Settings.of(site.settings).applyTo(copy.settings);
        return copy;
    }

    /** Every field of two versions of a site: name → {before, after}. */
    private static Map<String, Object[]> describe(Site before, Site after) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("code", new Object[] { before.code, after.code });
        fields.put("name", new Object[] { before.name, after.name });
        fields.put("address", new Object[] { before.address, after.address });
        fields.put("companyName", new Object[] { before.companyName, after.companyName });
        fields.put("timeZone", new Object[] { before.timeZone, after.timeZone });
        fields.put("currency", new Object[] { before.currency, after.currency });
        fields.put("phoneRegion", new Object[] { before.phoneRegion, after.phoneRegion });
        fields.put("deskPhone", new Object[] { before.deskPhone, after.deskPhone });
        Map<String, Object> old = before.settings.deskDayEndsAt == null ? Map.of() : Settings.of(before.settings).byName();
        Settings.of(after.settings).byName().forEach((name, value) -> fields.put(name,
                new Object[] { old.get(name), value }));
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static List<SiteView> views(List<Site> sites) {
        if (sites.isEmpty()) {
            return List.of();
        }
        List<Long> ids = sites.stream().map(s -> s.id).toList();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select s.id,
                       (select count(*) from building b where b.site_id = s.id and b.closed_at is null),
                       (select count(*) from unit u where u.site_id = s.id and u.closed_at is null),
                       (select count(distinct ru.resident_id) from resident_unit ru join unit u on u.id = ru.unit_id
                         where u.site_id = s.id and ru.moved_out is null)
                  from site s where s.id = any(?1)""").setParameter(1, ids.toArray(Long[]::new)).getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), new long[] { ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue() }));
        return sites.stream().map(s -> {
            long[] n = counts.getOrDefault(s.id, new long[3]);
            return new SiteView(s.id, s.code, s.name, s.address, s.companyName, s.timeZone, s.currency, s.phoneRegion,
                    s.deskPhone == null ? null : Phones.display(s.deskPhone), Settings.of(s.settings), s.createdAt,
                    s.closedAt, n[0], n[1], n[2]);
        }).toList();
    }

    private static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
