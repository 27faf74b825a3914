package kz.elections.law.mandate;

import java.time.LocalDate;

import kz.elections.law.election.Body;

/**
 * How long a mandate runs (Constitution Art. 50, 86; Law "On local state administration and self-government",
 * Art. 36-2): a deputy of the Mazhilis or of a maslikhat for 5 years, an akim for 4, from registration as elected
 * (CL "On Elections", Art. 45, 113-11). A successor (from the party list or a by-election) serves out the body's term,
 * never a term of their own.
 */
public final class MandateTerm {

    /** The term of each kind of body in years; today 5, 5 and 4. */
    public record Years(int mazhilis, int maslikhat, int akim) {

        public int of(Body body) {
            return switch (body.electionKind()) {
                case MAZHILIS -> mazhilis;
                case MASLIKHAT -> maslikhat;
                case AKIM -> akim;
            };
        }
    }

    /** The grounds on which a mandate ends early; each makes a vacancy (CL Art. 45, chapter 13-2). */
    public enum EndGround {
        RESIGNATION, DEATH, COURT_DECISION, RECALL
    }

    private MandateTerm() {
    }

    /** The planned end of a mandate of {@code body} registered on {@code termStart}: the same day {@code years} later. */
    public static LocalDate plannedEnd(Body body, LocalDate termStart, Years years) {
        return termStart.plusYears(years.of(body));
    }

    /** Why a mandate cannot end on {@code endedOn}, or null: not before it started, not after its planned end. */
    public static String endRefusal(LocalDate termStart, LocalDate plannedEnd, LocalDate endedOn) {
        if (endedOn.isBefore(termStart)) {
            return "a mandate cannot end (" + endedOn + ") before its term started (" + termStart + ")";
        }
        if (endedOn.isAfter(plannedEnd)) {
            return "the mandate's term ended on " + plannedEnd + "; it cannot end early on " + endedOn;
        }
        return null;
    }
}
