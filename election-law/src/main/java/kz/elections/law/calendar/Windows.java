package kz.elections.law.calendar;

/**
 * The law's windows of one kind of election, in days before election day (CL "On Elections", Art. 87, 88, 89-1,
 * 104, 113-1): Mazhilis nomination 60 → 40, registration until 30; maslikhat 60 → 30, until 25; akim from the day
 * after the calling decision → 25, until 20. Refusals may be appealed within {@code appealDays}.
 *
 * @param nominationOpensDaysBefore 0: nomination opens the day after the calling decision (akim)
 */
public record Windows(int nominationOpensDaysBefore, int nominationClosesDaysBefore, int registrationClosesDaysBefore,
        int appealDays) {
}
