package kz.elections.law.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of an election (CL "On Elections", Art. 87, 88, 89-1, 104, 113-1): nomination opens at the start of
 * its first day; nomination and registration close at 18:00 local time on their last day. The one place a
 * window is checked: whether nomination or registration is open at an instant, and whether election day has come.
 */
public record ElectionCalendar(LocalDate calledOn, OffsetDateTime nominationOpens, OffsetDateTime nominationCloses,
        OffsetDateTime registrationCloses, int appealDays) {

    /** The last days of each window, as a calling decision states them; null where the law's default applies. */
    public record Override(LocalDate nominationOpensOn, LocalDate nominationClosesOn, LocalDate registrationClosesOn) {
        public boolean isEmpty() {
            return nominationOpensOn == null && nominationClosesOn == null && registrationClosesOn == null;
        }
    }

    /**
     * The calendar by the law's {@code windows}, closing at {@code deadlineHour} local time, with the dates a
     * calling decision set instead ({@code override}, may be null).
     */
    public static ElectionCalendar of(LocalDate electionDay, LocalDate calledOn, ZoneId zone, Windows windows,
            int deadlineHour, Override override) {
        LocalDate opens = windows.nominationOpensDaysBefore() == 0 ? calledOn.plusDays(1)
                : electionDay.minusDays(windows.nominationOpensDaysBefore());
        LocalDate closes = electionDay.minusDays(windows.nominationClosesDaysBefore());
        LocalDate registration = electionDay.minusDays(windows.registrationClosesDaysBefore());
        if (override != null) {
            opens = override.nominationOpensOn() != null ? override.nominationOpensOn() : opens;
            closes = override.nominationClosesOn() != null ? override.nominationClosesOn() : closes;
            registration = override.registrationClosesOn() != null ? override.registrationClosesOn() : registration;
        }
        LocalTime deadline = LocalTime.of(deadlineHour, 0);
        return new ElectionCalendar(calledOn, opens.atStartOfDay(zone).toOffsetDateTime(),
                closes.atTime(deadline).atZone(zone).toOffsetDateTime(),
                registration.atTime(deadline).atZone(zone).toOffsetDateTime(), windows.appealDays());
    }

    /** Problems with the dates themselves, in reading order; empty if the calendar is consistent. */
    public List<String> inconsistencies(LocalDate electionDay) {
        List<String> problems = new ArrayList<>();
        if (calledOn.isAfter(electionDay)) {
            problems.add("calledOn: must not be after election day");
        }
        if (!nominationOpens.isBefore(nominationCloses)) {
            problems.add("calendar.nominationClosesOn: must be after nomination opens");
        }
        if (registrationCloses.isBefore(nominationCloses)) {
            problems.add("calendar.registrationClosesOn: must not be before nomination closes");
        }
        if (!registrationCloses.toLocalDate().isBefore(electionDay)) {
            problems.add("calendar.registrationClosesOn: must be before election day");
        }
        return problems;
    }

    /** Nomination is open from its opening instant to its closing instant, both included. */
    public boolean nominationOpenAt(OffsetDateTime instant) {
        return !instant.isBefore(nominationOpens) && !instant.isAfter(nominationCloses);
    }

    /** The commission registers or refuses until registration closes, the closing instant included. */
    public boolean registrationOpenAt(OffsetDateTime instant) {
        return !instant.isAfter(registrationCloses);
    }

    /**
     * Whether {@code instant} is before election day begins (local midnight in {@code zone}): until then a
     * registration may be cancelled or a candidacy withdrawn.
     */
    public static boolean beforeElectionDay(OffsetDateTime instant, LocalDate electionDay, ZoneId zone) {
        return instant.isBefore(electionDay.atStartOfDay(zone).toOffsetDateTime());
    }
}
