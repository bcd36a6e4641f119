package steward.dashboard;

import java.time.Instant;

/** One record in the list behind a figure: when, what, a detail, and its own page where it has one. */
public record Item(Long id, Instant at, String title, String detail, String link) {
}
