package kz.elections.law.vacancy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a by-election may be held (CL "On Elections", Art. 101 p.3-1, 113): on the last Sunday of March or of October,
 * on another day only with the Central Election Commission's consent, and never within the last year of the body's
 * term. "Within the last year" counts from the same date one year before the term's end, that day included.
 */
public final class ByElectionDates {

    private ByElectionDates() {
    }

    /** The last Sunday of a month. */
    public static LocalDate lastSunday(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    /** Whether {@code day} is a by-election day of the law: the last Sunday of March or October. */
    public static boolean isLawDay(LocalDate day) {
        return (day.getMonth() == Month.MARCH || day.getMonth() == Month.OCTOBER)
                && day.equals(lastSunday(YearMonth.from(day)));
    }

    /** The first by-election day of the law after {@code day}. */
    public static LocalDate nextLawDay(LocalDate day) {
        LocalDate candidate = lastSunday(YearMonth.from(day));
        YearMonth month = YearMonth.from(day);
        while (!(isLawDay(candidate) && candidate.isAfter(day))) {
            month = month.plusMonths(1);
            candidate = lastSunday(month);
        }
        return candidate;
    }

    /** The first day of the body's last year, from which no by-election is held. */
    public static LocalDate lastYearStarts(LocalDate termEnds) {
        return termEnds.minusYears(1);
    }

    /**
     * Why a by-election cannot be held on {@code day}, or empty if it can.
     *
     * @param centralConsent whether the Central Election Commission's consent to another day is recorded
     * @param termEnds the planned end of the body's term (of the vacated mandate)
     */
    public static Optional<String> refusal(LocalDate day, boolean centralConsent, LocalDate termEnds) {
        if (!day.isBefore(lastYearStarts(termEnds))) {
            return Optional.of("no by-election is held within the last year of the body's term (CL Art. 101 p.3-1, 113): "
                    + "the term ends on " + termEnds + ", so its last year began on " + lastYearStarts(termEnds)
                    + "; the seat stays vacant until the next election");
        }
        if (!isLawDay(day) && !centralConsent) {
            return Optional.of(day + " is not the last Sunday of March or October (CL Art. 101 p.3-1); another day needs "
                    + "the Central Election Commission's consent, recorded with the call; the next such Sunday is "
                    + nextLawDay(day));
        }
        return Optional.empty();
    }
}
