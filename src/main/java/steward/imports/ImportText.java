package steward.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import steward.billing.CashierMessages;
import steward.billing.FeeItem;
import steward.resident.ConsentMethod;
import steward.resident.ResidentKind;
import steward.resident.UnitKind;
import steward.web.Languages;
import steward.web.Messages;

/**
 * The words of import files in the three languages: a file's headings and choices are read in any of them (a
 * template downloaded in English imports for a colleague who reads Chinese), and templates, exports and reports are
 * written in the reader's own.
 */
@ApplicationScoped
public class ImportText {

    private final Map<ImportKind, Map<String, ImportColumn>> headings = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, Enum<?>>> choices = new java.util.concurrent.ConcurrentHashMap<>();
    /** A language by its name, as {@link #key} folds it, in each of the three ways {@link #language} accepts. */
    private volatile Map<String, String> languageNames;

    public ImportMessages messages(String lang) {
        return MessageBundles.get(ImportMessages.class, Localized.Literal.of(lang));
    }

    public String heading(ImportColumn column, String lang) {
        return messages(lang).column(column);
    }

    /**
     * The column of a kind that a heading names, in any language or by its code ({@code unit_kind}); a trailing * is
     * ignored. (The same words may name columns of two kinds: 單元 is a unit of the units file, and the units of a
     * resident.)
     */
    public Optional<ImportColumn> column(ImportKind kind, String heading) {
        Map<String, ImportColumn> byKey = headings.computeIfAbsent(kind, k -> {
            Map<String, ImportColumn> all = new HashMap<>();
            for (ImportColumn column : k.columns) {
                all.put(key(column.name()), column);
                for (String lang : Languages.SUPPORTED) {
                    all.put(key(heading(column, lang)), column);
                }
            }
            return all;
        });
        return Optional.ofNullable(byKey.get(key(heading)));
    }

    /** The label of a choice in a language: a unit's kind, a resident's kind, a consent's method, a fee item. */
    public String label(Enum<?> value, String lang) {
        if (value instanceof UnitKind kind) {
            return messages(lang).unit_kind(kind);
        }
        if (value instanceof ConsentMethod how) {
            return messages(lang).consent_how(how);
        }
        if (value instanceof ResidentKind kind) {
            Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(lang));
            return switch (kind) {
                case OWNER -> msg.kind_OWNER();
                case TENANT -> msg.kind_TENANT();
                case HOUSEHOLD -> msg.kind_HOUSEHOLD();
            };
        }
        if (value instanceof FeeItem item) {
            CashierMessages msg = MessageBundles.get(CashierMessages.class, Localized.Literal.of(lang));
            return switch (item) {
                case MANAGEMENT_FEE -> msg.item_MANAGEMENT_FEE();
                case ACCESS_CARD -> msg.item_ACCESS_CARD();
                case CARD_REPLACEMENT -> msg.item_CARD_REPLACEMENT();
                case CARD_DEPOSIT -> msg.item_CARD_DEPOSIT();
                case PARKING_MONTHLY -> msg.item_PARKING_MONTHLY();
                case PARKING_CARD -> msg.item_PARKING_CARD();
                case FAX_PAGE -> msg.item_FAX_PAGE();
                case OTHER -> msg.item_OTHER();
            };
        }
        return value.name();
    }

    /** The choice a cell names: its label in any language, or its code. */
    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        Map<String, Enum<?>> byKey = choices.computeIfAbsent(type, t -> {
            Map<String, Enum<?>> map = new HashMap<>();
            for (E value : type.getEnumConstants()) {
                map.put(key(value.name()), value);
                for (String lang : Languages.SUPPORTED) {
                    map.put(key(label(value, lang)), value);
                }
            }
            return map;
        });
        return Optional.ofNullable((E) byKey.get(key(text)));
    }

    /** The language a cell names: a tag (zh-TW, zh-Hans, en) or the language's own name; empty if none. */
    public Optional<String> language(String text) {
        String tag = Languages.supported(text);
        if (tag != null) {
            return Optional.of(tag);
        }
        if (languageNames == null) {
            Map<String, String> names = new HashMap<>();
            for (String lang : Languages.SUPPORTED) {
                for (String reader : List.of(lang, Languages.ENGLISH, Languages.TRADITIONAL)) {
                    names.putIfAbsent(key(languageName(lang, reader)), lang);
                }
            }
            languageNames = names;
        }
        return Optional.ofNullable(languageNames.get(key(text)));
    }

    /** A language's name as readers of {@code lang} write it: 繁體中文, 简体中文, English. */
    public String languageName(String language, String lang) {
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(lang));
        return switch (language) {
            case Languages.SIMPLIFIED -> msg.lang_zh_Hans();
            case Languages.ENGLISH -> msg.lang_en();
            default -> msg.lang_zh_Hant();
        };
    }

    public String yes(String lang) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(lang)).yes();
    }

    public String no(String lang) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(lang)).no();
    }

    /** What may be written in a column of choices, in the reader's language. */
    public String choicesOf(ImportColumn column, String lang) {
        List<? extends Enum<?>> values = switch (column) {
            case UNIT_KIND -> Arrays.asList(UnitKind.values());
            case RESIDENT_KIND -> Arrays.asList(ResidentKind.values());
            case CONSENT_HOW -> Arrays.asList(ConsentMethod.values());
            case ITEM -> Arrays.asList(FeeItem.values());
            default -> List.of();
        };
        String separator = messages(lang).list_separator();
        if (column == ImportColumn.LANGUAGE) {
            return Languages.SUPPORTED.stream().map(l -> languageName(l, l)).collect(Collectors.joining(separator));
        }
        return values.stream().map(v -> label(v, lang)).collect(Collectors.joining(separator));
    }

    /** A refusal said in the reader's language. */
    public String reason(Refusal refusal, String lang) {
        String argument = refusal.argument();
        if (refusal.reason() == ImportReason.CHOICE_INVALID && refusal.column() != null) {
            argument = choicesOf(refusal.column(), lang);
        }
        String column = refusal.column() == null ? "" : heading(refusal.column(), lang);
        return messages(lang).reason(refusal.reason(), argument == null ? "" : argument, column);
    }

    /** Headings and choices compared as people type them: case, spaces, full width and a trailing * ignored. */
    static String key(String text) {
        String folded = Cells.fold(text == null ? "" : text);
        if (folded.endsWith("*")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return folded.replace('_', ' ').replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
