package kz.elections.common.web;

import java.util.Locale;
import java.util.Optional;

/** The languages the pages speak: Kazakh (the default), Russian and English. */
public enum Language {
    KK, RU, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first language of an Accept-Language header that the pages speak. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Language> language = parse(range.getRange().split("-", 2)[0]);
                if (language.isPresent()) {
                    return language;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header chooses nothing
        }
        return Optional.empty();
    }
}
