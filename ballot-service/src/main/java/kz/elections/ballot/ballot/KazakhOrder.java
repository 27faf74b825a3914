package kz.elections.ballot.ballot;

import java.util.Comparator;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Kazakh alphabetical order (CL "On Elections", Art. 37): ICU's {@code kk} collation, where each extra
 * letter follows its base (Ә after А, Ғ after Г, …) and І comes after Ы. The JDK's collator and a plain
 * code-point sort get this wrong.
 */
public final class KazakhOrder {

    private KazakhOrder() {
    }

    /** A new comparator (ICU collators are not thread-safe). */
    public static Comparator<String> comparator() {
        Collator collator = Collator.getInstance(new ULocale("kk"));
        collator.setStrength(Collator.TERTIARY);
        return (a, b) -> collator.compare(a == null ? "" : a, b == null ? "" : b);
    }
}
