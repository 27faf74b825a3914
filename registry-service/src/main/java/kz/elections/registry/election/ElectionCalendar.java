package kz.elections.registry.election;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import kz.elections.law.election.ElectionKind;

/**
 * The dates of an election. Nomination opens at the start of its first day; nomination and
 * registration close at 18:00 local time on their last day (Art. 87, 88, 89-1, 104, 113-1 CL).
 */
public record ElectionCalendar(LocalDate calledOn, OffsetDateTime nominationOpens, OffsetDateTime nominationCloses,
        OffsetDateTime registrationCloses, int appealDays) {

    /** The last days of each window, as a calling decision states them; null where the law's default applies. */
    public record Override(LocalDate nominationOpensOn, LocalDate nominationClosesOn, LocalDate registrationClosesOn) {
        public boolean isEmpty() {
            return nominationOpensOn == null && nominationClosesOn == null && registrationClosesOn == null;
        }
    }

    public static ElectionCalendar of(ElectionKind kind, LocalDate electionDay, LocalDate calledOn, ZoneId zone,
            ElectionConfig.Windows windows, int deadlineHour, Override override) {
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
    public java.util.List<String> inconsistencies(LocalDate electionDay) {
        java.util.List<String> problems = new java.util.ArrayList<>();
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

    public boolean nominationOpenAt(OffsetDateTime instant) {
        return !instant.isBefore(nominationOpens) && !instant.isAfter(nominationCloses);
    }

    public boolean registrationOpenAt(OffsetDateTime instant) {
        return !instant.isAfter(registrationCloses);
    }
}
