package steward.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A section drawn as horizontal bars in SVG on the server (no chart library in the browser): the geometry of
 * each bar, and the number written beside it, so the chart reads without colour or hover.
 */
public record Chart(DashboardService.Section section, List<Bar> bars, int height) {

    static final int ROW = 40;
    static final int BAR_MAX = 220;
    static final int BAR_X = 170;

    /** A figure's bar: a count is drawn against the section's largest count, a share against 100%. */
    public record Bar(Figure figure, int y, int textY, int width, String text) {
        /** Where the number is written: just after the bar. */
        public int valueX() {
            return BAR_X + width + 8;
        }
    }

    /** The charts of one period, under their heading. */
    public record Board(String key, String heading, List<Chart> charts) {
    }

    public static Chart of(DashboardService.Section section, DashboardMessages words) {
        long max = section.figures().stream().filter(f -> f.outOf() == null).mapToLong(Figure::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Figure f : section.figures()) {
            int width;
            String text;
            if (f.outOf() != null) {
                Long percent = f.percent();
                width = percent == null ? 0 : (int) (BAR_MAX * percent / 100);
                text = percent == null ? words.no_share() : words.share(percent, f.count(), f.outOf());
            } else {
                width = max == 0 ? 0 : (int) (BAR_MAX * f.count() / max);
                text = Long.toString(f.count());
            }
            bars.add(new Bar(f, y + 8, y + 27, Math.max(width, f.count() > 0 ? 2 : 0), text));
            y += ROW;
        }
        return new Chart(section, bars, Math.max(y, ROW));
    }

    /** What a screen reader says for the whole chart: each label with its number. */
    public String description() {
        StringBuilder text = new StringBuilder();
        for (Bar bar : bars) {
            text.append(text.isEmpty() ? "" : "; ").append(bar.figure().label()).append(": ").append(bar.text());
        }
        return text.toString();
    }
}
