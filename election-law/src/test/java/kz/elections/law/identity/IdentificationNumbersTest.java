package kz.elections.law.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The IIN/BIN check digit (Law "On National Registers of Identification Numbers"): c = Σ dᵢ·i mod 11; if 10, c = Σ dᵢ·wᵢ mod 11 with
 * w = 3,4,5,6,7,8,9,10,11,1,2; a second 10 is never issued.
 */
class IdentificationNumbersTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "791028302728, published IIN example",
            "940740000892, published BIN example"})
    void acceptsThePublishedExamples(String number, String what) {
        assertTrue(IdentificationNumbers.isValid(number));
    }

    @ParameterizedTest(name = "{0} → check digit {1}")
    @CsvSource({
            "79102830272, 8", // Σ dᵢ·i = 217, 217 mod 11 = 8
            "94074000089, 2"}) // Σ dᵢ·i = 244, 244 mod 11 = 2
    void computesTheCheckDigitOfThePublishedExamplesInTheFirstPass(String firstEleven, int checkDigit) {
        assertEquals(checkDigit, IdentificationNumbers.checkDigit(firstEleven));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"791028302720", "791028302727", "791028302729", "940740000891", "940740000893",
            "940740000899"})
    void refusesAWrongCheckDigit(String number) {
        assertFalse(IdentificationNumbers.isValid(number));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "7", "79102830272", "7910283027280", "0791028302728", "94074000089"})
    void refusesANumberThatIsNotTwelveDigitsLong(String number) {
        assertFalse(IdentificationNumbers.isValid(number));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "79102830272a", // a letter
            " 91028302728", // a space where a digit belongs
            "791028-02728", // a separator
            "+79102830272", // a sign
            "７91028302728", // a full-width digit: Character.isDigit, but not 0-9
            "٧91028302728"}) // an Arabic-Indic digit
    void refusesANumberWithAnythingButTheDigitsZeroToNine(String number) {
        assertFalse(IdentificationNumbers.isValid(number));
    }

    @ParameterizedTest
    @NullSource
    void refusesNull(String number) {
        assertFalse(IdentificationNumbers.isValid(number));
    }

    /** Worked by hand: the first pass gives 10, the second pass gives the digit. */
    @ParameterizedTest(name = "{0}: first pass 10, second pass {1}")
    @CsvSource({
            "00000000010, 1", // 1·10 = 10 → 10; second: 1·1 = 1
            "05000000000, 9", // 5·2 = 10 → 10; second: 5·4 = 20, 20 mod 11 = 9
            "00000000600, 0", // 6·9 = 54, 54 mod 11 = 10; second: 6·11 = 66, 66 mod 11 = 0
            "79102800180, 5"})
    void usesTheSecondWeightsWhenTheFirstPassGivesTen(String firstEleven, int checkDigit) {
        assertEquals(10, firstPass(firstEleven), "the table row must exercise the second pass");

        int actual = IdentificationNumbers.checkDigit(firstEleven);

        assertEquals(checkDigit, actual);
        assertTrue(IdentificationNumbers.isValid(firstEleven + checkDigit));
    }

    @Test
    void acceptsOnlyTheSecondPassDigitForAPrefixFoundBySearching() {
        String prefix = IntStream.range(0, 100_000).mapToObj(i -> "791028" + String.format("%05d", i))
                .filter(p -> firstPass(p) == 10 && secondPass(p) != 10)
                .findFirst().orElseThrow();
        int expected = secondPass(prefix);

        List<Integer> accepted = IntStream.rangeClosed(0, 9)
                .filter(digit -> IdentificationNumbers.isValid(prefix + digit)).boxed().toList();

        assertEquals(expected, IdentificationNumbers.checkDigit(prefix));
        assertEquals(List.of(expected), accepted, "exactly one final digit is valid for " + prefix);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "60500000000", // 6·1 + 5·3 = 21 → 10; second: 6·3 + 5·5 = 43 → 10
            "40070000000", // 4·1 + 7·4 = 32 → 10; second: 4·3 + 7·6 = 54 → 10
            "79102800188"})
    void aPrefixWhoseBothPassesGiveTenIsNeverIssued(String firstEleven) {
        assertEquals(10, firstPass(firstEleven), "the table row must give 10 in the first pass");
        assertEquals(10, secondPass(firstEleven), "the table row must give 10 in the second pass");

        int check = IdentificationNumbers.checkDigit(firstEleven);

        assertEquals(-1, check);
        for (int digit = 0; digit <= 9; digit++) {
            assertFalse(IdentificationNumbers.isValid(firstEleven + digit), firstEleven + digit);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "791028302728, 7910******28",
            "940740000892, 9407******92",
            "12345, ******",
            "'', ******"})
    void masksAllButTheFirstFourAndLastTwoDigits(String number, String masked) {
        assertEquals(masked, IdentificationNumbers.mask(number));
    }

    @Test
    void masksNullAsStars() {
        assertEquals("******", IdentificationNumbers.mask(null));
    }

    /** Independent of the class under test, so a row of a table cannot silently stop testing its case. */
    private static int firstPass(String firstEleven) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (firstEleven.charAt(i) - '0') * (i + 1);
        }
        return sum % 11;
    }

    private static int secondPass(String firstEleven) {
        int[] weights = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (firstEleven.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
