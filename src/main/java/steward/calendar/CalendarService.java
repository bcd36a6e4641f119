package steward.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.resident.Site;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InputRules;
import steward.web.Words;

/**
 * The working calendar as supervisors keep it: the hours of each weekday (several stretches a day), holidays and
 * make-up working days, whether the promise figures count working time; replaced as a whole, or its days
 * imported from a CSV file (dry run first, each refused line named, importing again changes nothing).
 */
@ApplicationScoped
public class CalendarService {

    static final int MAX_IMPORT_LINES = 1000;
    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    InputRules rules;

    @Inject
    WorkingCalendar calendars;

    /** A stretch of a weekday's working hours, local times {@code 08:30} to {@code 12:00} ({@code 24:00} ends the day). */
    public record Hours(@NotNull(message = "{steward.required}") DayOfWeek weekday,
            @NotNull(message = "{steward.required}") @Pattern(regexp = TIME, message = "{steward.time}") String opens,
            @NotNull(message = "{steward.required}") @Pattern(regexp = TIME + "|24:00", message = "{steward.time}") String closes) {

        /** The end is after the start. */
        @JsonIgnore
        @AssertTrue(message = "{steward.calendar.closes}")
        public boolean isCloses() {
            return minute(opens) < 0 || minute(closes) < 0 || minute(closes) > minute(opens);
        }
    }

    /** A day unlike its weekday: a holiday, or with {@code working} a make-up working day (Monday's hours). */
    public record Day(@NotNull(message = "{steward.required}") LocalDate date, boolean working,
            @Size(max = 100, message = "{steward.too_long}") String name) {
    }

    /** The whole calendar. No hours at all: the site has no calendar and works around the clock. */
    public record Calendar(boolean countsWorkingTime,
            @NotNull(message = "{steward.required}") @Size(max = 70, message = "{steward.too_long}") List<@NotNull @Valid Hours> hours,
            @NotNull(message = "{steward.required}") @Size(max = 3000, message = "{steward.too_long}") List<@NotNull @Valid Day> days) {

        /** The stretches of a weekday do not overlap. */
        @JsonIgnore
        @AssertTrue(message = "{steward.calendar.hours}")
        public boolean isHours() {
            if (hours == null) {
                return true;
            }
            Map<DayOfWeek, List<int[]>> byDay = new LinkedHashMap<>();
            for (Hours h : hours) {
                if (h != null && h.weekday() != null && minute(h.opens()) >= 0 && minute(h.closes()) > minute(h.opens())) {
                    byDay.computeIfAbsent(h.weekday(), d -> new ArrayList<>())
                            .add(new int[] { minute(h.opens()), minute(h.closes()) });
                }
            }
            for (List<int[]> stretches : byDay.values()) {
                stretches.sort(Comparator.comparingInt(s -> s[0]));
                for (int i = 1; i < stretches.size(); i++) {
                    if (stretches.get(i)[0] < stretches.get(i - 1)[1]) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** A date is listed once. */
        @JsonIgnore
        @AssertTrue(message = "{steward.calendar.days}")
        public boolean isDays() {
            Set<LocalDate> seen = new HashSet<>();
            return days == null || days.stream().filter(d -> d != null && d.date() != null).allMatch(d -> seen.add(d.date()));
        }
    }

    public record HoursView(DayOfWeek weekday, String opens, String closes) {
    }

    /** The calendar as pages and the API show it, with whether the site works now and when it works next. */
    public record View(Long siteId, String zone, boolean configured, boolean countsWorkingTime, List<HoursView> hours,
            List<Day> days, boolean workingNow, Instant workingFrom) {

        /** The stretches of a weekday, in order (the page's rows). */
        public List<HoursView> of(DayOfWeek day) {
            return hours.stream().filter(h -> h.weekday() == day).toList();
        }
    }

    /** A due time for "within N hours" from now: {@code dueAt} in working time, {@code wallClock} without it. */
    public record Due(Instant from, int withinHours, Instant dueAt, Instant wallClock) {
    }

    /** Why a line of an imported file was left out. */
    public enum Refusal {
        DATE, KIND, NAME, DUPLICATE, EMPTY, TOO_MANY
    }

    public record RefusedLine(int line, Refusal reason) {
    }

    public record ImportReport(boolean dryRun, int added, int changed, int unchanged, List<RefusedLine> refused) {
    }

    public View view(Long siteId) {
        Site site = site(siteId);
        SiteCalendar calendar = SiteCalendar.findById(site.id);
        Instant now = clock.instant();
        List<HoursView> hours = WorkingHours.<WorkingHours>list("siteId = ?1 order by weekday, opensMinute", site.id)
                .stream().map(h -> new HoursView(DayOfWeek.of(h.weekday), time(h.opensMinute), time(h.closesMinute)))
                .toList();
        List<Day> days = CalendarDay.<CalendarDay>list("siteId = ?1 order by day", site.id).stream()
                .map(d -> new Day(d.day, d.working, d.name)).toList();
        return new View(site.id, site.timeZone, calendar != null && !hours.isEmpty(),
                calendar != null && calendar.countsWorkingTime, hours, days, calendars.isWorking(site.id, now),
                calendars.workingFrom(site.id, now));
    }

    /** Replaces the site's calendar, all or nothing; two supervisors saving at once are taken in turn. */
    @Transactional
    public View replace(Long siteId, Calendar input) {
        rules.check(input);
        Site site = site(siteId);
        em.createNativeQuery("select id from site where id = ?1 for update").setParameter(1, site.id).getResultList();
        CalendarDay.delete("siteId", site.id);
        WorkingHours.delete("siteId", site.id);
        SiteCalendar calendar = SiteCalendar.findById(site.id);
        if (input.hours().isEmpty()) {
            if (calendar != null) {
                calendar.delete();
            }
            return view(site.id);
        }
        if (calendar == null) {
            calendar = new SiteCalendar();
            calendar.siteId = site.id;
        }
        calendar.countsWorkingTime = input.countsWorkingTime();
        calendar.updatedAt = clock.instant();
        calendar.updatedBy = staff.username();
        calendar.persist();
        em.flush();
        for (Hours h : input.hours()) {
            WorkingHours row = new WorkingHours();
            row.siteId = site.id;
            row.weekday = (short) h.weekday().getValue();
            row.opensMinute = (short) minute(h.opens());
            row.closesMinute = (short) minute(h.closes());
            row.persist();
        }
        for (Day d : input.days()) {
            CalendarDay row = new CalendarDay();
            row.siteId = site.id;
            row.day = d.date();
            row.working = d.working();
            row.name = d.name() == null || d.name().isBlank() ? null : d.name().strip();
            row.persist();
        }
        return view(site.id);
    }

    /** The calendar with one day added (or changed). */
    @Transactional
    public View putDay(Long siteId, Day day) {
        rules.check(day);
        View current = requireHours(siteId);
        List<Day> days = new ArrayList<>(current.days().stream().filter(d -> !d.date().equals(day.date())).toList());
        days.add(day);
        return replace(siteId, new Calendar(current.countsWorkingTime(), asInput(current), days));
    }

    @Transactional
    public View removeDay(Long siteId, LocalDate date) {
        View current = view(siteId);
        return replace(siteId, new Calendar(current.countsWorkingTime(), asInput(current),
                current.days().stream().filter(d -> !d.date().equals(date)).toList()));
    }

    /** The weekly hours (and the figures' choice), keeping the days. */
    @Transactional
    public View putHours(Long siteId, boolean countsWorkingTime, List<Hours> hours) {
        View current = view(siteId);
        return replace(siteId, new Calendar(countsWorkingTime, hours, current.days()));
    }

    /**
     * Days from a CSV file (UTF-8, with or without a byte order mark, or Big5 as government files often are):
     * the DGPA's 辦公日曆表 ({@code 西元日期,星期,是否放假,備註}: only the days unlike their weekday are kept), or
     * lines of {@code date,name[,補班]}. A dry run writes nothing.
     */
    @Transactional
    public ImportReport importDays(Long siteId, byte[] file, boolean dryRun) {
        View current = requireHours(siteId);
        Map<LocalDate, Day> days = new LinkedHashMap<>();
        current.days().forEach(d -> days.put(d.date(), d));
        List<RefusedLine> refused = new ArrayList<>();
        List<CSVRecord> records = parse(file);
        if (records.isEmpty()) {
            refused.add(new RefusedLine(1, Refusal.EMPTY));
        } else if (records.size() > MAX_IMPORT_LINES) {
            refused.add(new RefusedLine(MAX_IMPORT_LINES + 1, Refusal.TOO_MANY));
            records = List.of();
        }
        boolean government = !records.isEmpty() && records.get(0).get(0).contains("西元日期");
        Week week = calendars.of(siteId, clock.instant()).orElse(null);
        Set<LocalDate> inFile = new HashSet<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber();
            String first = record.size() > 0 ? record.get(0).strip() : "";
            if (first.isEmpty() || first.contains("西元日期") || first.equalsIgnoreCase("date") || first.equals("日期")) {
                continue;
            }
            LocalDate date = date(first);
            if (date == null) {
                refused.add(new RefusedLine(line, Refusal.DATE));
                continue;
            }
            Day day;
            if (government) {
                String off = record.size() > 2 ? record.get(2).strip() : "";
                String name = record.size() > 3 ? record.get(3).strip() : "";
                boolean closed = off.equals("2");
                if (!closed && !off.equals("0")) {
                    refused.add(new RefusedLine(line, Refusal.KIND));
                    continue;
                }
                boolean worksByWeekday = week != null && !week.hours().getOrDefault(date.getDayOfWeek(), List.of()).isEmpty();
                if (closed != worksByWeekday) {
                    continue; // an ordinary weekday or weekend: nothing to keep
                }
                day = new Day(date, !closed, name.isEmpty() ? null : name);
            } else {
                String name = record.size() > 1 ? record.get(1).strip() : "";
                String kind = record.size() > 2 ? record.get(2).strip().toLowerCase(Locale.ROOT) : "";
                boolean working = Set.of("補班", "补班", "上班", "working", "work", "true").contains(kind);
                if (!working && !kind.isEmpty() && !Set.of("放假", "holiday", "false").contains(kind)) {
                    refused.add(new RefusedLine(line, Refusal.KIND));
                    continue;
                }
                day = new Day(date, working, name.isEmpty() ? null : name);
            }
            if (day.name() != null && day.name().codePointCount(0, day.name().length()) > 100) {
                refused.add(new RefusedLine(line, Refusal.NAME));
                continue;
            }
            if (!inFile.add(date)) {
                refused.add(new RefusedLine(line, Refusal.DUPLICATE));
                continue;
            }
            Day before = days.put(date, day);
            if (before == null) {
                added++;
            } else if (before.equals(day)) {
                unchanged++;
            } else {
                changed++;
            }
        }
        if (!dryRun && added + changed > 0) {
            replace(siteId, new Calendar(current.countsWorkingTime(), asInput(current), List.copyOf(days.values())));
        }
        return new ImportReport(dryRun, added, changed, unchanged, refused);
    }

    /** "Within N hours" from now at the site: in working time where it keeps a calendar. */
    public Due due(Long siteId, int withinHours) {
        Site site = site(siteId);
        Instant now = clock.instant();
        Duration amount = Duration.ofHours(withinHours);
        return new Due(now, withinHours, calendars.within(site.id, now, amount), now.plus(amount));
    }

    /** A site of the caller's; any other id is "not found". */
    Site site(Long siteId) {
        Site site = siteId == null || !staff.worksFor(siteId) ? null : Site.findById(siteId);
        if (site == null) {
            throw new NotFoundException();
        }
        return site;
    }

    private View requireHours(Long siteId) {
        View current = view(siteId);
        if (!current.configured()) {
            throw new Conflict(Words.of(CalendarMessages.class, CalendarMessages::conflict_no_hours));
        }
        return current;
    }

    private static List<Hours> asInput(View view) {
        return view.hours().stream().map(h -> new Hours(h.weekday(), h.opens(), h.closes())).toList();
    }

    private static List<CSVRecord> parse(byte[] file) {
        String text = decode(file == null ? new byte[0] : file);
        try {
            return CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                    .parse(new StringReader(text)).getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("MS950"));
        }
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ofPattern("yyyy/M/d"));

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(text, format);
                return date.getYear() >= 2000 && date.getYear() <= 2999 ? date : null;
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    /** Minutes of the day of {@code 08:30} or {@code 24:00}; -1 when it is no such time. */
    static int minute(String time) {
        if (time == null || !time.matches(TIME + "|24:00")) {
            return -1;
        }
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
    }

    static String time(int minute) {
        return minute >= 24 * 60 ? "24:00" : LocalTime.of(minute / 60, minute % 60).toString();
    }
}
