package kz.elections.common;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads an enum from a query parameter. JAX-RS answers an unconvertible query parameter with a bare
 * 404; a client deserves a 400 that names the parameter and the values it takes.
 */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
