package steward.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;

/** A section whose figures are conditions over one table (see {@link Records}); its lists are the dashboard's. */
abstract class SqlSection implements DashboardSection {

    @Inject
    Records records;

    abstract Records.Source source();

    abstract List<Records.Count> counts();

    /** The figure's label in the section's words. */
    abstract String label(DashboardMessages words, String figureKey);

    @Override
    public List<Figure> figures(Long siteId, Window window, Locale locale) {
        Map<String, Records.Tally> tallies = records.count(source(), counts(), siteId, window);
        DashboardMessages words = words(locale);
        return counts().stream().map(c -> {
            Records.Tally tally = tallies.get(c.key());
            Long outOf = c.outOf() == null ? null : tallies.get(c.outOf()).count();
            return new Figure(c.key(), label(words, c.key()), tally.count(), outOf, tally.sum(),
                    listLink(key(), c.key(), window));
        }).toList();
    }

    @Override
    public Optional<List<Item>> items(Long siteId, Window window, String figureKey, Locale locale) {
        return counts().stream().filter(c -> c.key().equals(figureKey)).findFirst()
                .map(c -> records.items(source(), c.condition(), siteId, window, null, null));
    }

    static DashboardMessages words(Locale locale) {
        return MessageBundles.get(DashboardMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }

    /** The dashboard's list of the records behind a figure. */
    static String listLink(String section, String figure, Window window) {
        return "/dashboard/" + section + "/" + figure + "?date=" + window.date() + "&period=" + window.period().param();
    }
}
