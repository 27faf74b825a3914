package kz.elections.ballot.ballot;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.elections.ballot.registry.Registrations;
import kz.elections.law.ballot.BallotOrder;

/**
 * Composes a ballot from the registry's registrations: the law orders the lines
 * ({@link BallotOrder}: candidates in Kazakh order or lists in lot order, then "against all"); this class
 * only maps the registrations to the law's records and the ordered lines back to labelled options.
 * Pure: registrations and lot in, document out.
 */
public final class BallotComposer {

    /** A recall contest for which the registry names no deputy, or several. */
    public static final class NotOneDeputy extends RuntimeException {

        NotOneDeputy(int named) {
            super("a recall vote is on one deputy; the registry names " + named);
        }
    }

    private BallotComposer() {
    }

    /**
     * @throws BallotOrder.LotMismatch if the lot does not order exactly the registered lists
     * @throws NotOneDeputy if a recall contest does not name exactly one deputy
     */
    public static BallotDocument compose(Registrations registrations, List<UUID> lotOrder) {
        List<BallotDocument.Option> options;
        if (registrations.recall()) {
            if (registrations.candidates().size() != 1) {
                throw new NotOneDeputy(registrations.candidates().size());
            }
            Registrations.Candidate deputy = registrations.candidates().get(0);
            options = BallotOrder.recall(deputy.nominationId()).stream().map(line -> recallOption(line, deputy)).toList();
        } else if (registrations.partyList()) {
            Map<UUID, Registrations.RegisteredList> byParty = registrations.lists().stream()
                    .collect(Collectors.toMap(Registrations.RegisteredList::partyId, Function.identity(), (a, b) -> a));
            options = BallotOrder.partyLists(byParty.keySet(), lotOrder).stream()
                    .map(line -> option(line, byParty.get(line.ref()))).toList();
        } else {
            Map<UUID, Registrations.Candidate> byNomination = registrations.candidates().stream()
                    .collect(Collectors.toMap(Registrations.Candidate::nominationId, Function.identity(), (a, b) -> a));
            List<BallotOrder.Candidate> candidates = registrations.candidates().stream()
                    .map(c -> new BallotOrder.Candidate(c.nominationId(), c.surnameKk(), c.nameKk(), c.patronymicKk()))
                    .toList();
            options = BallotOrder.candidates(candidates).stream()
                    .map(line -> option(line, byNomination.get(line.ref()))).toList();
        }
        Registrations.Contest contest = registrations.contest();
        return new BallotDocument(contest.code(), contest.electionCode(), contest.kind(), registrations.electionDay(), options);
    }

    private static BallotDocument.Option option(BallotOrder.Line line, Registrations.RegisteredList list) {
        if (line.kind() == BallotOrder.Kind.AGAINST_ALL) {
            return againstAll(line);
        }
        return new BallotDocument.Option(line.position(), BallotDocument.OptionKind.PARTY, line.ref(), list.partyNameKk(),
                list.partyNameRu(), list.partyShortName(), list.partyShortName());
    }

    private static BallotDocument.Option option(BallotOrder.Line line, Registrations.Candidate c) {
        if (line.kind() == BallotOrder.Kind.AGAINST_ALL) {
            return againstAll(line);
        }
        return new BallotDocument.Option(line.position(), BallotDocument.OptionKind.CANDIDATE, line.ref(),
                fullName(c.surnameKk(), c.nameKk(), c.patronymicKk()), fullName(c.surnameRu(), c.nameRu(), c.patronymicRu()),
                detail(c).kk(), detail(c).ru());
    }

    /** "For recall" or "against recall", with the deputy's name under it in each language. */
    private static BallotDocument.Option recallOption(BallotOrder.Line line, Registrations.Candidate deputy) {
        boolean forRecall = line.kind() == BallotOrder.Kind.FOR_RECALL;
        return new BallotDocument.Option(line.position(),
                forRecall ? BallotDocument.OptionKind.FOR_RECALL : BallotDocument.OptionKind.AGAINST_RECALL, line.ref(),
                forRecall ? BallotOrder.FOR_RECALL_KK : BallotOrder.AGAINST_RECALL_KK,
                forRecall ? BallotOrder.FOR_RECALL_RU : BallotOrder.AGAINST_RECALL_RU,
                fullName(deputy.surnameKk(), deputy.nameKk(), deputy.patronymicKk()),
                fullName(deputy.surnameRu(), deputy.nameRu(), deputy.patronymicRu()));
    }

    private static BallotDocument.Option againstAll(BallotOrder.Line line) {
        return new BallotDocument.Option(line.position(), BallotDocument.OptionKind.AGAINST_ALL, null,
                BallotOrder.AGAINST_ALL_KK, BallotOrder.AGAINST_ALL_RU, null, null);
    }

    private static String fullName(String surname, String name, String patronymic) {
        return patronymic == null || patronymic.isBlank() ? surname + " " + name : surname + " " + name + " " + patronymic;
    }

    /** Under the name: year of birth, occupation, residence, and the party or association, or "self-nominated". */
    private static BallotOrder.CandidateDetail detail(Registrations.Candidate c) {
        return new BallotOrder.CandidateDetail(c.yearOfBirth(), c.occupation(), c.residence(), c.nominatedBy(),
                c.selfNominated());
    }
}
