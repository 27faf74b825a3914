package kz.elections.results.tabulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether every precinct has reported is counted in whole precincts, never read from a rounded percentage. */
class ReportingCompleteTest {

    @ParameterizedTest(name = "{0} of {1} precincts reported: complete {2}, shown as {3} %")
    @CsvSource({
            // 19,999 of 20,000 rounds to 100.00 % but one precinct has not reported
            "19999, 20000, false, 100.00",
            "20000, 20000, true, 100.00",
            "0, 20000, false, 0.00",
            "1, 2, false, 50.00",
            "2, 2, true, 100.00"})
    void nineteenThousandNineHundredNinetyNineOfTwentyThousandReportedIsNotComplete(int reported, int precincts, boolean complete,
            String shown) {
        assertEquals(complete, TabulationService.reportingComplete(reported, precincts));
        assertEquals(shown, TabulationService.percent(reported, precincts));
    }
}
