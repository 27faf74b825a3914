package kz.elections.law.appeal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Appeals against a refusal to register (CL "On Elections", Art. 87, 103, 113-1; DOMAIN "Appeals"): within 7 days
 * (Mazhilis, maslikhat) or 3 days (akim) of the refusal, to the higher commission. The law counts days, not hours:
 * day 1 is the day after the refusal, and the last day ends at local midnight (Tizim's reading). An appeal upheld
 * registers the candidate or list.
 */
public final class AppealRules {

    private AppealRules() {
    }

    /** The last day to appeal a refusal made at {@code refusedAt}: {@code appealDays} days after its local date. */
    public static LocalDate lastDay(OffsetDateTime refusedAt, ZoneId zone, int appealDays) {
        return refusedAt.atZoneSameInstant(zone).toLocalDate().plusDays(appealDays);
    }

    /** The first instant that is too late: local midnight after the last day. */
    public static OffsetDateTime deadline(OffsetDateTime refusedAt, ZoneId zone, int appealDays) {
        return lastDay(refusedAt, zone, appealDays).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** Filed in time: before local midnight after the last day. */
    public static boolean inTime(OffsetDateTime refusedAt, OffsetDateTime filedAt, ZoneId zone, int appealDays) {
        return filedAt.isBefore(deadline(refusedAt, zone, appealDays));
    }
}
