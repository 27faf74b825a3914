package kz.elections.common.text;

import java.util.Optional;

/**
 * Text PostgreSQL can store as it was sent. A NUL (U+0000) cannot be stored in a text column at all (the
 * driver refuses the statement), and an unpaired UTF-16 surrogate has no UTF-8 form, so the driver would
 * silently store {@code ?} in its place. Both are refused at the edge, naming the field, before anything
 * is read or written.
 */
public final class StorableText {

    public static final String NUL_RULE = "must not contain NUL (U+0000)";
    public static final String SURROGATE_RULE = "must not contain an unpaired surrogate (U+D800 to U+DFFF)";

    private StorableText() {
    }

    /** The rule {@code text} breaks, if any; {@code null} breaks none. */
    public static Optional<String> brokenRule(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of(NUL_RULE);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(SURROGATE_RULE);
            }
        }
        return Optional.empty();
    }
}
