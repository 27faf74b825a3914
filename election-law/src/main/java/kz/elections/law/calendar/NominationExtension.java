package kz.elections.law.calendar;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Too few candidates (CL "On Elections", Art. 87, 103 p.8, 113-7): when, at the close of nomination, a contest has
 * fewer than two nominees (or, for a party-list contest, fewer than two lists), the commission extends nomination,
 * by at most the law's number of days (akim: 3). An extension moves the closing instant by whole days, keeping its
 * local time, and may not run past the close of registration.
 */
public final class NominationExtension {

    /** {@code minimumNominees}: fewer than this is too few (2); {@code maxDays}: the longest extension in all. */
    public record Limits(int minimumNominees, int maxDays) {
    }

    private NominationExtension() {
    }

    public static boolean tooFewNominees(int nominees, Limits limits) {
        return nominees < limits.minimumNominees();
    }

    /**
     * Why an extension of {@code days} may not be granted, in reading order; empty if it may. {@code alreadyExtended}:
     * days this contest's nomination was extended before (the maximum is for all extensions together).
     */
    public static List<String> refusals(Limits limits, int nominees, int days, int alreadyExtended,
            OffsetDateTime closes, OffsetDateTime registrationCloses, ZoneId zone) {
        List<String> refusals = new ArrayList<>();
        if (!tooFewNominees(nominees, limits)) {
            refusals.add("the contest has " + nominees + " nominees: nomination is extended only with fewer than "
                    + limits.minimumNominees());
        }
        if (days < 1 || alreadyExtended + days > limits.maxDays()) {
            refusals.add("days: " + days + " (after " + alreadyExtended + " already) exceeds the legal maximum of "
                    + limits.maxDays() + " days in all");
        }
        if (days >= 1 && extendedClose(closes, zone, days).isAfter(registrationCloses)) {
            refusals.add("days: nomination would close after registration closes at " + registrationCloses);
        }
        return refusals;
    }

    /** The closing instant {@code days} later, at the same local time (across a clock change, too). */
    public static OffsetDateTime extendedClose(OffsetDateTime closes, ZoneId zone, int days) {
        return closes.atZoneSameInstant(zone).plusDays(days).toOffsetDateTime();
    }

    /** The calendar with nomination closing at {@code extendedCloses}: the one the nomination window is checked by. */
    public static ElectionCalendar extended(ElectionCalendar calendar, OffsetDateTime extendedCloses) {
        return new ElectionCalendar(calendar.calledOn(), calendar.nominationOpens(), extendedCloses,
                calendar.registrationCloses(), calendar.appealDays());
    }
}
