package kz.elections.common;

import java.util.Optional;
import java.util.UUID;

/**
 * Registration ids written as text. A path names an election or a contest by its id or by its code, and telling the
 * two apart is on the busiest paths (every read of published results, every nomination filed). An id is written in
 * the canonical form of 36 characters; anything else is a code, told without building an exception (with its stack
 * trace) for each code: that was 18 % of results-service's CPU serving a version's CSV.
 */
public final class Ids {

    private static final int CANONICAL_LENGTH = 36;

    private Ids() {
    }

    /** The id the text writes in the canonical form (8-4-4-4-12 hexadecimal digits), if it is one. */
    public static Optional<UUID> parse(String text) {
        if (text == null || text.length() != CANONICAL_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
