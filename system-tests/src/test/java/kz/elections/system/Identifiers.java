package kz.elections.system;

/** IIN and BIN check digits (DOMAIN.md, Identifiers), for the test data the system tests send. */
final class Identifiers {

    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private Identifiers() {
    }

    /** The first eleven digits with their check digit, or null when no number with them is ever issued. */
    static String withCheckDigit(String firstEleven) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (firstEleven.charAt(i) - '0') * (i + 1);
        }
        if (sum % 11 == 10) {
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (firstEleven.charAt(i) - '0') * SECOND_WEIGHTS[i];
            }
        }
        return sum % 11 == 10 ? null : firstEleven + (sum % 11);
    }
}
