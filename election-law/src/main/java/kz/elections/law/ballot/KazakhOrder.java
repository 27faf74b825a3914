package kz.elections.law.ballot;

import java.util.Comparator;
import java.util.function.Function;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Kazakh alphabetical order (CL "On Elections", Art. 37): ICU's {@code kk} collation, where each extra
 * letter follows its base (Ә after А, Ғ after Г, …) and І comes after Ы. The JDK's collator and a plain
 * code-point sort get this wrong. People are ordered by surname, then name, then patronymic, wherever
 * they are listed: ballots, the registry's candidate lists, the commission's assignment of list seats.
 */
public final class KazakhOrder {

    /** A frozen collator is immutable and may be shared between threads. */
    private static final Collator KAZAKH = frozen();

    /** Texts in Kazakh order; a missing text sorts first. */
    public static final Comparator<String> TEXT = (a, b) -> KAZAKH.compare(a == null ? "" : a, b == null ? "" : b);

    private KazakhOrder() {
    }

    private static Collator frozen() {
        Collator collator = Collator.getInstance(new ULocale("kk"));
        collator.setStrength(Collator.TERTIARY);
        return collator.freeze();
    }

    /**
     * People by surname, then name, then patronymic, in Kazakh order. Namesakes compare equal: add a
     * tie-breaker that identifies them (a registration id or a list position) with {@code thenComparing}.
     */
    public static <T> Comparator<T> byName(Function<T, String> surname, Function<T, String> name,
            Function<T, String> patronymic) {
        return Comparator.comparing(surname, TEXT).thenComparing(name, TEXT).thenComparing(patronymic, TEXT);
    }
}
