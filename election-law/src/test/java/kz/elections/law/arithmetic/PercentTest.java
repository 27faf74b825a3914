package kz.elections.law.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

    @ParameterizedTest(name = "{1} % of {0}, rounded up: {2}")
    @CsvSource({
            "0, 30, 0",
            "1, 30, 1",
            "3, 30, 1",
            "7, 30, 3",
            "10, 30, 3",
            "11, 30, 4",
            "69, 130, 90",
            "12035578, 1, 120356",
            "100, 1, 1",
            "101, 1, 2",
    })
    void roundsTheRequirementUpNeverDown(long whole, int percent, long required) {
        assertEquals(required, Percent.roundedUp(whole, percent));
    }

    @ParameterizedTest(name = "{1}/{2} of {0}, rounded up: {3}")
    @CsvSource({
            "20, 2, 3, 14",
            "18, 2, 3, 12",
            "3, 1, 3, 1",
            "4, 1, 3, 2",
    })
    void roundsAFractionalShareUp(long whole, int numerator, int denominator, long required) {
        assertEquals(required, Percent.roundedUp(whole, numerator, denominator));
    }

    @ParameterizedTest(name = "{0} of {2} at least {1} %: {3}; more than: {4}")
    @CsvSource({
            "318322, 5, 6366441, false, false",
            "318323, 5, 6366441, true, true",
            "5, 5, 100, true, false",
            "6, 5, 100, true, true",
            "4, 5, 100, false, false",
            "0, 5, 0, true, false",
    })
    void comparesSharesExactlyAtTheBoundary(long part, String percent, long whole, boolean atLeast, boolean moreThan) {
        assertEquals(atLeast, Percent.atLeast(part, new BigDecimal(percent), whole));
        assertEquals(moreThan, Percent.moreThan(part, new BigDecimal(percent), whole));
    }
}
