package steward.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** "Within N hours" on a working calendar: lunch breaks, evenings, weekends, holidays and make-up working days. */
class WeekTest {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    /** Weekdays 08:30–12:00 and 13:00–17:30; Saturday 09:00–12:00; Sunday closed. 2026-10-09 (Fri) and 10-10 closed. */
    static Week week() {
        Map<DayOfWeek, List<Week.Stretch>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(new Week.Stretch(8 * 60 + 30, 12 * 60), new Week.Stretch(13 * 60, 17 * 60 + 30)));
        }
        hours.put(DayOfWeek.SATURDAY, List.of(new Week.Stretch(9 * 60, 12 * 60)));
        return new Week(TAIPEI, true, hours, Map.of(LocalDate.of(2026, 10, 9), false, LocalDate.of(2026, 10, 10), false,
                LocalDate.of(2026, 10, 18), true));
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(TAIPEI).toInstant();
    }

    @Test
    void withinWorkingHoursItIsTheWallClock() {
        assertEquals(at("2026-10-06T10:00"), week().plusWorkingTime(at("2026-10-06T09:00"), Duration.ofHours(1)));
    }

    @Test
    void theLunchBreakAndTheEveningDoNotCount() {
        // 11:00 + 2 h: 1 h before lunch, 1 h after it.
        assertEquals(at("2026-10-06T14:00"), week().plusWorkingTime(at("2026-10-06T11:00"), Duration.ofHours(2)));
        // A callback promised at 20:00 "in two hours" falls due at 10:30 the next morning, not at night.
        assertEquals(at("2026-10-07T10:30"), week().plusWorkingTime(at("2026-10-06T20:00"), Duration.ofHours(2)));
    }

    @Test
    void weekendsHolidaysAndMakeUpDays() {
        // Thursday 17:00 + 2 h: 30 min on Thursday, Friday and Saturday (10-10) are holidays, Sunday closed:
        // Monday 10:00.
        assertEquals(at("2026-10-12T10:00"), week().plusWorkingTime(at("2026-10-08T17:00"), Duration.ofHours(2)));
        // Sunday 10-18 is a make-up working day with Monday's hours.
        assertTrue(week().isWorking(at("2026-10-18T09:00")));
        assertFalse(week().isWorking(at("2026-10-25T09:00")), "an ordinary Sunday");
        assertFalse(week().isWorking(at("2026-10-09T09:00")), "a holiday");
    }

    @Test
    void workingFromIsTheNextWorkingMinute() {
        assertEquals(at("2026-10-06T09:00"), week().workingFrom(at("2026-10-06T09:00")));
        assertEquals(at("2026-10-06T13:00"), week().workingFrom(at("2026-10-06T12:10")));
        assertEquals(at("2026-10-12T08:30"), week().workingFrom(at("2026-10-08T18:00")));
    }

    @Test
    void aStretchToMidnightEndsTheDay() {
        Map<DayOfWeek, List<Week.Stretch>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(new Week.Stretch(0, 24 * 60)));
        }
        Week always = new Week(TAIPEI, false, hours, Map.of());
        assertEquals(at("2026-10-07T01:00"), always.plusWorkingTime(at("2026-10-06T23:00"), Duration.ofHours(2)));
    }
}
