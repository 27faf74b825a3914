package kz.elections.results.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commission answers a report one step at a time: acknowledged, examined, then upheld or dismissed, and no more. */
class ReportStateTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "FILED,        ACKNOWLEDGED, true",
            "FILED,        EXAMINED,     false",
            "FILED,        UPHELD,       false",
            "FILED,        DISMISSED,    false",
            "FILED,        FILED,        false",
            "ACKNOWLEDGED, EXAMINED,     true",
            "ACKNOWLEDGED, ACKNOWLEDGED, false",
            "ACKNOWLEDGED, UPHELD,       false",
            "EXAMINED,     UPHELD,       true",
            "EXAMINED,     DISMISSED,    true",
            "EXAMINED,     ACKNOWLEDGED, false",
            "UPHELD,       DISMISSED,    false",
            "UPHELD,       EXAMINED,     false",
            "DISMISSED,    UPHELD,       false",
            "DISMISSED,    FILED,        false",
    })
    void aReportMovesOneStepAtATimeAndADecisionIsFinal(ReportState from, ReportState to, boolean allowed) {
        assertEquals(allowed, from.mayBecome(to));
    }

    @ParameterizedTest(name = "{0} is a decision: {1}")
    @CsvSource({"FILED, false", "ACKNOWLEDGED, false", "EXAMINED, false", "UPHELD, true", "DISMISSED, true"})
    void onlyUpholdingOrDismissingIsADecision(ReportState state, boolean decided) {
        assertEquals(decided, state.decided());
    }
}
