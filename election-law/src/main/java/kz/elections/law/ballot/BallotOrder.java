package kz.elections.law.ballot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The order of a ballot's lines (CL "On Elections", Art. 37): registered candidates by surname, name and
 * patronymic in Kazakh alphabetical order, or party lists in the order the commission drew by lot; then
 * "against all", in Kazakh and Russian. A recall ballot (CL Art. 113-14) has two lines and no "against all": for the
 * deputy's recall, then against it.
 */
public final class BallotOrder {

    /** The last line of every ballot, as printed in Kazakh and in Russian. */
    public static final String AGAINST_ALL_KK = "Барлығына қарсы";
    public static final String AGAINST_ALL_RU = "Против всех";

    /** The two lines of a recall ballot, as printed in Kazakh and in Russian. */
    public static final String FOR_RECALL_KK = "Кері шақыру үшін";
    public static final String FOR_RECALL_RU = "За отзыв";
    public static final String AGAINST_RECALL_KK = "Кері шақыруға қарсы";
    public static final String AGAINST_RECALL_RU = "Против отзыва";

    /** Registered candidates in Kazakh order; namesakes by their registration, so the order never depends on input order. */
    private static final Comparator<Candidate> KAZAKH = KazakhOrder.byName(Candidate::surname, Candidate::name,
            Candidate::patronymic).thenComparing(c -> c.nominationId().toString());

    public enum Kind {
        CANDIDATE, PARTY, AGAINST_ALL, FOR_RECALL, AGAINST_RECALL
    }

    /** A registered candidate: the name in Kazakh, and the registration that tells namesakes apart. */
    public record Candidate(UUID nominationId, String surname, String name, String patronymic) {
    }

    /**
     * What the ballot prints under a candidate's name (CL Art. 37, 44): year of birth, occupation, place of residence and
     * the nominating party or association, or "self-nominated"; it is how voters tell namesakes apart. Parts the
     * registry does not have are left out.
     */
    public record CandidateDetail(Integer yearOfBirth, String occupation, String residence, String nominatedBy,
            boolean selfNominated) {

        public String kk() {
            return join(yearOfBirth == null ? null : yearOfBirth + " жылы туған",
                    selfNominated ? "өзін-өзі ұсыну" : nominatedBy);
        }

        public String ru() {
            return join(yearOfBirth == null ? null : yearOfBirth + " года рождения",
                    selfNominated ? "самовыдвижение" : nominatedBy);
        }

        private String join(String born, String nominated) {
            return java.util.stream.Stream.of(born, occupation, residence, nominated)
                    .filter(part -> part != null && !part.isBlank())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** A line of the ballot: its position from 1, and whom it names (a nomination, a party; none for "against all"). */
    public record Line(int position, Kind kind, UUID ref) {
    }

    /** The lot does not order exactly the registered lists: some are missing, unknown, or drawn twice. */
    public static final class LotMismatch extends RuntimeException {
        public final Set<UUID> missing;
        public final Set<UUID> unknown;

        LotMismatch(Set<UUID> missing, Set<UUID> unknown) {
            super("the lot must order exactly the registered lists; missing " + missing + ", not registered " + unknown);
            this.missing = missing;
            this.unknown = unknown;
        }
    }

    private BallotOrder() {
    }

    /** A candidate ballot: the candidates in Kazakh order, then "against all". */
    public static List<Line> candidates(Collection<Candidate> registered) {
        List<Line> lines = new ArrayList<>();
        registered.stream().sorted(KAZAKH).forEach(c -> lines.add(new Line(lines.size() + 1, Kind.CANDIDATE, c.nominationId())));
        return againstAllLast(lines);
    }

    /**
     * A party-list ballot: the parties in the order drawn by lot, then "against all".
     *
     * @throws LotMismatch unless the lot names every registered party exactly once and no other
     */
    public static List<Line> partyLists(Collection<UUID> registeredParties, List<UUID> lot) {
        Set<UUID> registered = new HashSet<>(registeredParties);
        Set<UUID> drawn = new HashSet<>(lot);
        Set<UUID> missing = new HashSet<>(registered);
        missing.removeAll(drawn);
        Set<UUID> unknown = new HashSet<>(drawn);
        unknown.removeAll(registered);
        if (!missing.isEmpty() || !unknown.isEmpty() || drawn.size() != lot.size()) {
            throw new LotMismatch(missing, unknown);
        }
        List<Line> lines = new ArrayList<>();
        lot.forEach(party -> lines.add(new Line(lines.size() + 1, Kind.PARTY, party)));
        return againstAllLast(lines);
    }

    /**
     * A recall ballot on one deputy, named by their registration as elected: "for recall", then "against recall"; a vote
     * on one person's recall has no "against all" line (CL Art. 113-14).
     */
    public static List<Line> recall(UUID deputy) {
        return List.of(new Line(1, Kind.FOR_RECALL, deputy), new Line(2, Kind.AGAINST_RECALL, deputy));
    }

    private static List<Line> againstAllLast(List<Line> lines) {
        lines.add(new Line(lines.size() + 1, Kind.AGAINST_ALL, null));
        return List.copyOf(lines);
    }
}
