package kz.elections.common.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' own sentences (a refusal's violations and detail, written in English for the API) in the
 * page's language: each sentence the pages know by its pattern, with its figures carried over. A sentence
 * no pattern knows is shown as it is on an English page and as a plain "not accepted" on the others, so a
 * Kazakh or Russian page never shows developer English.
 */
public final class ServiceText {

    private final Language language;
    private final CommonMessages common;
    private final Map<Pattern, Function<MatchResult, String>> known = new LinkedHashMap<>();

    ServiceText(Language language, CommonMessages common) {
        this.language = language;
        this.common = common;
        // Bean Validation's English messages, as the API answers them.
        with("must not be null", m -> common.invalid_required());
        with("must not be blank", m -> common.invalid_required());
        with("must not be empty", m -> common.invalid_empty());
        with("size must be between 0 and (\\d+)", m -> common.invalid_size_max(Long.parseLong(m.group(1))));
        with("size must be between (\\d+) and (\\d+)",
                m -> common.invalid_size(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        with("must be greater than or equal to 0", m -> common.invalid_not_negative());
        with("must be greater than or equal to (-?[\\d.]+)", m -> common.invalid_min(m.group(1)));
        with("must be less than or equal to (-?[\\d.]+)", m -> common.invalid_max(m.group(1)));
        with("must be a date in the past or in the present", m -> common.invalid_past_or_present());
        with("must be 12 digits", m -> common.invalid_12_digits());
        with("must be (KZ or )?a unit code like KZ-75", m -> common.invalid_unit_code());
        // Text the database cannot store, alone or after the name of the value (a problem's detail).
        with("(.+ )?must not contain NUL \\(U\\+0000\\)", m -> common.invalid_nul());
        with("(.+ )?must not contain an unpaired surrogate \\(U\\+D800 to U\\+DFFF\\)", m -> common.invalid_surrogate());
        // The pages' own reading of what was typed.
        with("must be a number", m -> common.invalid_number());
        with("must be a date \\(YYYY-MM-DD\\)", m -> common.invalid_date());
        with("'.*' is not one of \\[.*]", m -> common.invalid_choice());
    }

    /** Also knows {@code regex} (matched against the whole sentence), said as {@code text} makes it. */
    public ServiceText with(String regex, Function<MatchResult, String> text) {
        known.put(Pattern.compile(regex), text);
        return this;
    }

    /** What is wrong with one value, in the page's language. */
    public String violation(String english) {
        return translate(english, common.invalid_value());
    }

    /** Why a request was refused as a whole, in the page's language. */
    public String detail(String english) {
        return translate(english, common.refused());
    }

    /** The sentence in the page's language; {@code unknown} if no pattern knows it and the page is not English. */
    String translate(String english, String unknown) {
        if (english == null) {
            return unknown;
        }
        for (Map.Entry<Pattern, Function<MatchResult, String>> sentence : known.entrySet()) {
            Matcher matcher = sentence.getKey().matcher(english.strip());
            if (matcher.matches()) {
                return sentence.getValue().apply(matcher.toMatchResult());
            }
        }
        return language == Language.EN ? english : unknown;
    }
}
