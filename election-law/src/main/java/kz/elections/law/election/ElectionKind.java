package kz.elections.law.election;

/** The bodies an election fills: the Mazhilis, a maslikhat, or an akim post. */
public enum ElectionKind {
    MAZHILIS, MASLIKHAT, AKIM
}
