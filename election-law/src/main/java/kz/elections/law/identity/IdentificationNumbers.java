package kz.elections.law.identity;

/**
 * IIN and BIN (Law "On National Registers of Identification Numbers"): Kazakhstan's 12-digit individual
 * and business identification numbers share one check
 * digit: c = Σ dᵢ·i mod 11 over the first eleven digits; if that is 10, a second pass with the weights
 * 3..11,1,2; a second 10 means the number is never issued.
 */
public final class IdentificationNumbers {

    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private IdentificationNumbers() {
    }

    public static boolean isValid(String number) {
        if (number == null || number.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int check = checkDigit(number.substring(0, 11));
        return check >= 0 && check == number.charAt(11) - '0';
    }

    /** The check digit for eleven digits, or -1 if no number with this prefix is ever issued. */
    public static int checkDigit(String firstEleven) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (firstEleven.charAt(i) - '0') * (i + 1);
        }
        int check = sum % 11;
        if (check == 10) {
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (firstEleven.charAt(i) - '0') * SECOND_WEIGHTS[i];
            }
            check = sum % 11;
        }
        return check == 10 ? -1 : check;
    }

    /** For logs and messages: the first four and last two digits, e.g. {@code 7910******28}. */
    public static String mask(String number) {
        if (number == null || number.length() < 6) {
            return "******";
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 6) + number.substring(number.length() - 2);
    }
}
