package kz.elections.law.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A registered list loses its registration once more than half of its candidates have left. */
class ListChangesTest {

    @ParameterizedTest(name = "{1} of {0} left: registration lapses {2}")
    @CsvSource({
            "10, 0, false",
            "10, 4, false",
            "10, 5, false", // exactly half stays registered
            "10, 6, true", // one more than half
            "9, 4, false",
            "9, 5, true", // 5 of 9 is more than half
            "1, 0, false",
            "1, 1, true",
            "90, 45, false",
            "90, 46, true"})
    void moreThanHalfLeavingCancelsTheListExactlyHalfDoesNot(int registered, int left, boolean lapses) {
        assertEquals(lapses, ListChanges.registrationLapses(registered, left));
    }
}
