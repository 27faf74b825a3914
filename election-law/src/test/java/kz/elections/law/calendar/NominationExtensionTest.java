package kz.elections.law.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extending nomination when a contest has too few nominees (CL "On Elections", Art. 87, 103 p.8, 113-7). */
class NominationExtensionTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final NominationExtension.Limits AKIM = new NominationExtension.Limits(2, 3);
    /** An akim election on 2023-11-05: nomination closes 25 days before, registration 20 days before, 18:00. */
    private static final OffsetDateTime CLOSES = OffsetDateTime.parse("2023-10-11T18:00+06:00");
    private static final OffsetDateTime REGISTRATION_CLOSES = OffsetDateTime.parse("2023-10-16T18:00+06:00");

    @ParameterizedTest(name = "{0} nominee(s): too few {1}")
    @CsvSource({"0, true", "1, true", "2, false", "5, false"})
    void fewerThanTwoNomineesAreTooFew(int nominees, boolean tooFew) {
        assertEquals(tooFew, NominationExtension.tooFewNominees(nominees, AKIM));
    }

    @ParameterizedTest(name = "{0} nominee(s), {1} day(s) after {2} already: {3} refusal(s)")
    @CsvSource({
            "1, 1, 0, 0",
            "1, 3, 0, 0", // the akim maximum
            "1, 4, 0, 1", // one day beyond it
            "1, 2, 1, 0", // 3 in all
            "1, 2, 2, 1", // 4 in all
            "0, 3, 0, 0",
            "1, 0, 0, 1",
            "2, 1, 0, 1", // two nominees: no extension
            "2, 4, 0, 2"})
    void anAkimContestWithFewerThanTwoNomineesIsExtendedByAtMost3DaysInAll(int nominees, int days, int already,
            int refusals) {
        List<String> why = NominationExtension.refusals(AKIM, nominees, days, already, CLOSES, REGISTRATION_CLOSES, ALMATY);
        assertEquals(refusals, why.size(), why::toString);
    }

    @Test
    void refusesAnExtensionPastTheCloseOfRegistration() {
        List<String> why = NominationExtension.refusals(new NominationExtension.Limits(2, 15), 1, 6, 0, CLOSES,
                REGISTRATION_CLOSES, ALMATY);
        assertEquals(List.of("days: nomination would close after registration closes at " + REGISTRATION_CLOSES), why);
    }

    @Test
    void namesTheNomineesWhenThereAreEnough() {
        assertEquals(List.of("the contest has 2 nominees: nomination is extended only with fewer than 2"),
                NominationExtension.refusals(AKIM, 2, 1, 0, CLOSES, REGISTRATION_CLOSES, ALMATY));
    }

    @Test
    void theExtendedCloseKeepsTheLocalDeadlineTimeAndTheWindowFollowsIt() {
        OffsetDateTime extended = NominationExtension.extendedClose(CLOSES, ALMATY, 3);
        assertEquals(OffsetDateTime.parse("2023-10-14T18:00+06:00"), extended);

        ElectionCalendar calendar = NominationExtension.extended(new ElectionCalendar(LocalDate.of(2023, 9, 20),
                OffsetDateTime.parse("2023-09-21T00:00+06:00"), CLOSES, REGISTRATION_CLOSES, 3), extended);
        assertTrue(calendar.nominationOpenAt(OffsetDateTime.parse("2023-10-14T18:00+06:00")));
        assertFalse(calendar.nominationOpenAt(OffsetDateTime.parse("2023-10-14T18:00:01+06:00")));
        assertEquals(REGISTRATION_CLOSES, calendar.registrationCloses());
    }
}
