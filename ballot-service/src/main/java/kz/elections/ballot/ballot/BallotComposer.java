package kz.elections.ballot.ballot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import kz.elections.ballot.registry.Registrations;

/**
 * Composes a ballot from the registry's registrations (CL "On Elections", Art. 37): candidates by
 * surname, name and patronymic in Kazakh alphabetical order; party lists in the order drawn by lot;
 * then "against all". Pure: registrations and lot in, document out.
 */
public final class BallotComposer {

    public static final String AGAINST_ALL_KK = "Барлығына қарсы";
    public static final String AGAINST_ALL_RU = "Против всех";

    /** The lot does not match the registered lists. */
    public static final class LotMismatch extends RuntimeException {
        public final Set<UUID> missing;
        public final Set<UUID> unknown;

        LotMismatch(Set<UUID> missing, Set<UUID> unknown) {
            super("the lot must order exactly the registered lists; missing " + missing + ", not registered " + unknown);
            this.missing = missing;
            this.unknown = unknown;
        }
    }

    private BallotComposer() {
    }

    public static BallotDocument compose(Registrations registrations, List<UUID> lotOrder) {
        List<BallotDocument.Option> options = new ArrayList<>();
        if (registrations.partyList()) {
            Map<UUID, Registrations.RegisteredList> byParty = registrations.lists().stream()
                    .collect(Collectors.toMap(Registrations.RegisteredList::partyId, l -> l, (a, b) -> a, LinkedHashMap::new));
            Set<UUID> drawn = new HashSet<>(lotOrder);
            Set<UUID> missing = new HashSet<>(byParty.keySet());
            missing.removeAll(drawn);
            Set<UUID> unknown = new HashSet<>(drawn);
            unknown.removeAll(byParty.keySet());
            if (!missing.isEmpty() || !unknown.isEmpty() || drawn.size() != lotOrder.size()) {
                throw new LotMismatch(missing, unknown);
            }
            for (UUID party : lotOrder) {
                Registrations.RegisteredList list = byParty.get(party);
                options.add(new BallotDocument.Option(options.size() + 1, BallotDocument.OptionKind.PARTY, party,
                        list.partyNameKk(), list.partyNameRu(), list.partyShortName(), list.partyShortName()));
            }
        } else {
            Comparator<String> kazakh = KazakhOrder.comparator();
            Comparator<Registrations.Candidate> order = Comparator
                    .comparing(Registrations.Candidate::surnameKk, kazakh)
                    .thenComparing(Registrations.Candidate::nameKk, kazakh)
                    .thenComparing(Registrations.Candidate::patronymicKk, kazakh)
                    .thenComparing(c -> c.nominationId().toString());
            registrations.candidates().stream().sorted(order).forEach(c -> options.add(new BallotDocument.Option(
                    options.size() + 1, BallotDocument.OptionKind.CANDIDATE, c.nominationId(),
                    fullName(c.surnameKk(), c.nameKk(), c.patronymicKk()), fullName(c.surnameRu(), c.nameRu(), c.patronymicRu()),
                    detailKk(c.nominatedBy()), detailRu(c.nominatedBy()))));
        }
        options.add(new BallotDocument.Option(options.size() + 1, BallotDocument.OptionKind.AGAINST_ALL, null,
                AGAINST_ALL_KK, AGAINST_ALL_RU, null, null));
        Registrations.Contest contest = registrations.contest();
        return new BallotDocument(contest.code(), contest.electionCode(), contest.kind(), registrations.electionDay(),
                List.copyOf(options));
    }

    private static String fullName(String surname, String name, String patronymic) {
        return patronymic == null || patronymic.isBlank() ? surname + " " + name : surname + " " + name + " " + patronymic;
    }

    private static String detailKk(String nominatedBy) {
        return "self-nominated".equals(nominatedBy) ? "өзін-өзі ұсыну" : nominatedBy;
    }

    private static String detailRu(String nominatedBy) {
        return "self-nominated".equals(nominatedBy) ? "самовыдвижение" : nominatedBy;
    }
}
