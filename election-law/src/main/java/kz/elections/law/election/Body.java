package kz.elections.law.election;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The body a contest fills; it decides the rules of the contest. The Mazhilis and the maslikhat of a region or a
 * city of republican significance (Astana, Almaty, Shymkent) are elected by party lists and single-mandate districts;
 * city and district maslikhats in single-mandate districts only (CL "On Elections", Art. 9 p.2). The number of
 * maslikhat deputies is set by the Central Election Commission within a cap per level (Law "On local state
 * administration and self-government", Art. 5 p.3).
 */
public enum Body {
    /** 98 deputies: 69 by party lists in one nationwide constituency, 29 in single-mandate districts (template). */
    MAZHILIS(ElectionKind.MAZHILIS, true, 0, "the Mazhilis"),
    /** A region, Astana, Almaty or Shymkent: mixed, at most 50 deputies. */
    REGIONAL_MASLIKHAT(ElectionKind.MASLIKHAT, true, 50, "a regional or republican-city maslikhat"),
    /** A city of regional significance: single-mandate districts only, at most 30 deputies. */
    CITY_MASLIKHAT(ElectionKind.MASLIKHAT, false, 30, "a city maslikhat"),
    /** A district: single-mandate districts only, at most 25 deputies. */
    DISTRICT_MASLIKHAT(ElectionKind.MASLIKHAT, false, 25, "a district maslikhat"),
    /** An akim of a village, settlement or rural district: one seat per post, no lists. */
    AKIM(ElectionKind.AKIM, false, 0, "an akim post");

    private final ElectionKind electionKind;
    private final boolean partyList;
    private final int seatCap;
    private final String label;

    Body(ElectionKind electionKind, boolean partyList, int seatCap, String label) {
        this.electionKind = electionKind;
        this.partyList = partyList;
        this.seatCap = seatCap;
        this.label = label;
    }

    public ElectionKind electionKind() {
        return electionKind;
    }

    /** Whether part of the body is elected by party lists. */
    public boolean hasPartyList() {
        return partyList;
    }

    /**
     * The most seats an election of this body may fill: a maslikhat's cap. Empty for the Mazhilis, whose
     * composition its template fixes, and for akim posts, one seat each.
     */
    public OptionalInt seatCap() {
        return seatCap == 0 ? OptionalInt.empty() : OptionalInt.of(seatCap);
    }

    /** The body of an election of this kind; a maslikhat needs its level. */
    public static Body of(ElectionKind kind, MaslikhatLevel level) {
        return switch (kind) {
            case MAZHILIS -> MAZHILIS;
            case AKIM -> AKIM;
            case MASLIKHAT -> {
                if (level == null) {
                    throw new IllegalArgumentException("a maslikhat election needs its level");
                }
                yield level.body();
            }
        };
    }

    /** Whether this body holds such a contest: lists only where it has lists, akim posts only in akim elections. */
    public boolean holds(ContestKind contest) {
        return switch (contest) {
            case PARTY_LIST -> partyList;
            case SINGLE_MANDATE -> this != AKIM;
            case AKIM -> this == AKIM;
            // CL Art. 113-12: only single-mandate deputies of the Mazhilis and maslikhats are recalled
            case RECALL -> this != AKIM;
        };
    }

    /** Why this body cannot hold such a contest, or empty if it can. */
    public Optional<String> refusal(ContestKind contest) {
        if (holds(contest)) {
            return Optional.empty();
        }
        return Optional.of(switch (contest) {
            case PARTY_LIST -> label + " has no party list: it is elected in single-mandate districts only"
                    + " (CL \"On Elections\", Art. 9 p.2)";
            case SINGLE_MANDATE -> label + " has no single-mandate districts";
            case AKIM -> "akim posts belong to akim elections, not to " + label;
            case RECALL -> "only single-mandate deputies of the Mazhilis and maslikhats are recalled, not "
                    + label + " (CL \"On Elections\", Art. 113-12)";
        });
    }

    /** Why {@code seats} in all exceed this body's cap, or empty if they do not. */
    public Optional<String> seatsRefusal(int seats) {
        if (seatCap == 0 || seats <= seatCap) {
            return Optional.empty();
        }
        return Optional.of(label + " has at most " + seatCap + " seats, not " + seats
                + " (Law \"On local state administration and self-government\", Art. 5 p.3)");
    }
}
