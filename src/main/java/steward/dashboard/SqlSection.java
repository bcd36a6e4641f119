package steward.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;

/**
 * A section whose figures are conditions over one table (see {@link Records}); its lists are the dashboard's. The
 * capabilities' sections extend it from their own packages, beside the tables they read.
 */
public abstract class SqlSection implements DashboardSection {

    @Inject
    Records records;

    private final String key;
    private final int order;
    private final Function<DashboardMessages, String> title;
    private final BiFunction<DashboardMessages, String, String> label;
    private final Records.Source source;
    private final List<Records.Count> counts;

    /**
     * @param key the section's key ({@link DashboardSection#key})
     * @param order its place on the dashboard, lower first
     * @param title its title in the dashboard's words
     * @param label a figure's label in the dashboard's words, by the figure's key
     * @param source the table the figures count
     * @param counts the figures, each a condition over that table
     */
    protected SqlSection(String key, int order, Function<DashboardMessages, String> title,
            BiFunction<DashboardMessages, String, String> label, Records.Source source, List<Records.Count> counts) {
        this.key = key;
        this.order = order;
        this.title = title;
        this.label = label;
        this.source = source;
        this.counts = counts;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String title(Locale locale) {
        return title.apply(words(locale));
    }

    /** The table the figures count (the dashboard's benchmark explains each section's statement). */
    Records.Source source() {
        return source;
    }

    List<Records.Count> counts() {
        return counts;
    }

    @Override
    public List<List<Figure>> figures(Long siteId, List<Window> windows, Locale locale) {
        List<Map<String, Records.Tally>> tallies = records.count(source, counts, siteId, windows);
        DashboardMessages words = words(locale);
        List<List<Figure>> figures = new ArrayList<>(windows.size());
        for (int w = 0; w < windows.size(); w++) {
            Map<String, Records.Tally> window = tallies.get(w);
            Window period = windows.get(w);
            figures.add(counts.stream().map(c -> {
                Records.Tally tally = window.get(c.key());
                Long outOf = c.outOf() == null ? null : window.get(c.outOf()).count();
                return new Figure(c.key(), label.apply(words, c.key()), tally.count(), outOf, tally.sum(),
                        listLink(key(), c.key(), period));
            }).toList());
        }
        return figures;
    }

    @Override
    public Optional<String> figureLabel(String figureKey, Locale locale) {
        return counts.stream().filter(c -> c.key().equals(figureKey)).findFirst()
                .map(c -> label.apply(words(locale), c.key()));
    }

    @Override
    public Optional<List<Item>> items(Long siteId, Window window, String figureKey, Locale locale) {
        return counts.stream().filter(c -> c.key().equals(figureKey)).findFirst()
                .map(c -> records.items(source, c.condition(), siteId, window, null, null));
    }

    protected static DashboardMessages words(Locale locale) {
        return MessageBundles.get(DashboardMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }

    /** The dashboard's list of the records behind a figure. */
    static String listLink(String section, String figure, Window window) {
        return "/dashboard/" + section + "/" + figure + "?date=" + window.date() + "&period=" + window.period().param();
    }
}
