package kz.elections.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentificationNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"791028302728", "940740000892"})
    void acceptsThePublishedExamples(String number) {
        assertTrue(IdentificationNumbers.isValid(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"791028302729", "940740000891", "79102830272", "7910283027280", "79102830272a", " 91028302728"})
    void refusesWrongCheckDigitLengthOrCharacters(String number) {
        assertFalse(IdentificationNumbers.isValid(number));
    }

    @Test
    void usesTheSecondWeightsWhenTheFirstPassGivesTen() {
        String prefix = IntStream.range(0, 100_000).mapToObj(i -> String.format("80010130%03d", i % 1000))
                .filter(p -> firstPass(p) == 10 && IdentificationNumbers.checkDigit(p) >= 0)
                .findFirst().orElseThrow();
        int expected = secondPass(prefix);

        assertEquals(expected, IdentificationNumbers.checkDigit(prefix));
        assertTrue(IdentificationNumbers.isValid(prefix + expected));
    }

    @Test
    void aPrefixWhoseBothPassesGiveTenIsNeverIssued() {
        String prefix = IntStream.range(0, 1_000_000).mapToObj(i -> String.format("00000%06d", i))
                .filter(p -> firstPass(p) == 10 && secondPass(p) == 10)
                .findFirst().orElseThrow();

        assertEquals(-1, IdentificationNumbers.checkDigit(prefix));
        for (int digit = 0; digit <= 9; digit++) {
            assertFalse(IdentificationNumbers.isValid(prefix + digit));
        }
    }

    @ParameterizedTest
    @CsvSource({"791028302728, 7910******28", "940740000892, 9407******92", "12345, ******"})
    void masksAllButTheFirstFourAndLastTwoDigits(String number, String masked) {
        assertEquals(masked, IdentificationNumbers.mask(number));
    }

    private static int firstPass(String prefix) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (prefix.charAt(i) - '0') * (i + 1);
        }
        return sum % 11;
    }

    private static int secondPass(String prefix) {
        int[] weights = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (prefix.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
