package kz.elections.law.mandate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.election.Body;

class MandateTermTest {

    private static final MandateTerm.Years TODAY = new MandateTerm.Years(5, 5, 4);

    @ParameterizedTest(name = "{0} from {1} ends on {2}")
    @CsvSource({"MAZHILIS, 2023-03-29, 2028-03-29", "REGIONAL_MASLIKHAT, 2023-03-29, 2028-03-29",
            "DISTRICT_MASLIKHAT, 2024-02-29, 2029-02-28", "AKIM, 2021-07-30, 2025-07-30"})
    void deputiesServeFiveYearsAndAkimsFour(Body body, LocalDate start, LocalDate end) {
        assertEquals(end, MandateTerm.plannedEnd(body, start, TODAY));
    }

    @ParameterizedTest(name = "ending on {0}: refused = {1}")
    @CsvSource({"2023-03-28, true", "2023-03-29, false", "2028-03-29, false", "2028-03-30, true"})
    void aMandateEndsEarlyOnlyWithinItsTerm(LocalDate endedOn, boolean refused) {
        String refusal = MandateTerm.endRefusal(LocalDate.of(2023, 3, 29), LocalDate.of(2028, 3, 29), endedOn);
        if (refused) {
            assertNotNull(refusal);
        } else {
            assertNull(refusal);
        }
    }
}
