package steward.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A section's figures as the dashboard draws them: each number once, in a tile that opens its records, with a bar
 * drawn in SVG on the server (no chart library in the browser) under it: a count against the section's largest
 * count, a share against 100%.
 */
public record Chart(DashboardService.Section section, List<Bar> bars) {

    /** A figure, its bar's length in percent of the tile, and its number as written (a count, or a share). */
    public record Bar(Figure figure, int width, String text) {
    }

    /** The charts of one period, under their heading. */
    public record Board(String key, String heading, List<Chart> charts) {
    }

    public static Chart of(DashboardService.Section section, DashboardMessages words) {
        long max = section.figures().stream().filter(f -> f.outOf() == null).mapToLong(Figure::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Figure f : section.figures()) {
            int width;
            String text;
            if (f.outOf() != null) {
                Long percent = f.percent();
                width = percent == null ? 0 : percent.intValue();
                text = percent == null ? words.no_share() : words.share(percent, f.count(), f.outOf());
            } else {
                width = max == 0 ? 0 : (int) (100 * f.count() / max);
                text = Long.toString(f.count());
            }
            bars.add(new Bar(f, Math.max(width, f.count() > 0 ? 1 : 0), text));
        }
        return new Chart(section, bars);
    }
}
