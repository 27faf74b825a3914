package kz.elections.registry.repeat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import kz.elections.common.ProblemException;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.election.MaslikhatLevel;
import kz.elections.law.winner.RepeatContest;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;
import kz.elections.registry.election.ElectionApi;
import kz.elections.registry.election.ElectionService;
import kz.elections.registry.mandate.MandateService;
import kz.elections.registry.nomination.Nomination;

/**
 * Creates, in one step, the repeat of a tied single-seat contest: an election of its own day holding one contest linked
 * to the original. The commission supplies the outcome results-service published and the tied registrations: the
 * registry reads nothing from results-service (calls go one way).
 */
@ApplicationScoped
public class RepeatService {

    private static final Logger LOG = Logger.getLogger(RepeatService.class);

    @Inject
    ElectionService elections;

    @Inject
    RepeatConfig config;

    @Inject
    AuditLog audit;

    @Transactional
    public Contest create(Contest original, RepeatApi.RepeatRequest request, Predicate<String> mayActIn, String actor) {
        if (!mayActIn.test(MandateService.territoryOf(original))) {
            throw ProblemException.forbidden("A commission acts only inside its territory; " + original.code + " is in "
                    + (original.unitCode == null ? original.election.territory : original.unitCode));
        }
        if (!original.kind.singleSeat()) {
            throw ProblemException.invalid("contest", original.code + " is a party-list contest: a tie there is a lot, "
                    + "not a repeat");
        }
        if (Contest.count("repeatOf", original.id) > 0) {
            throw ProblemException.conflict("repeat-exists", "Repeat already created",
                    "The repeat of " + original.code + " has been created", Map.of());
        }
        RepeatContest.Kind kind = switch (request.outcome()) {
            case REPEAT_VOTE_REQUIRED -> RepeatContest.Kind.VOTE;
            case REPEAT_ELECTION_REQUIRED -> RepeatContest.Kind.ELECTION;
            default -> throw ProblemException.invalid("outcome", "must be REPEAT_VOTE_REQUIRED or REPEAT_ELECTION_REQUIRED; "
                    + request.outcome() + " calls for no repeat");
        };
        List<Nomination> registered = Nomination.findRegisteredFor(original);
        Set<UUID> registeredIds = new HashSet<>(registered.stream().map(n -> n.id).toList());
        List<UUID> tied = request.tied() == null ? List.of() : request.tied();
        int tiedRegistered = (int) tied.stream().distinct().filter(registeredIds::contains).count();
        List<String> problems = RepeatContest.problems(original.kind, kind, registered.size(), tied.size(), tiedRegistered,
                original.election.electionDay, request.electionDay(), config.months(kind));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The repeat does not meet the law", problems.stream().map(p -> {
                int colon = p.indexOf(':');
                return new Violation(p.substring(0, colon), p.substring(colon + 2));
            }).toList());
        }
        Election source = original.election;
        String code = request.code() != null ? request.code()
                : original.code.replace('.', '-') + "-repeat-" + request.electionDay();
        // A repeat vote takes no nominations: its calendar closes on the calling day.
        ElectionApi.CalendarOverride calendar = kind == RepeatContest.Kind.VOTE
                ? new ElectionApi.CalendarOverride(request.calledOn(), request.calledOn(), request.calledOn())
                : request.calendar();
        String name = (kind == RepeatContest.Kind.VOTE ? "Repeat vote: " : "Repeat election: ") + original.code;
        Election election = elections.createForOneSeat(new ElectionApi.ElectionRequest(source.kind, code, name,
                request.electionDay(), request.calledOn(), source.timeZone, source.territory,
                MaslikhatLevel.of(source.body), null, calendar, null), mayActIn, actor);
        Contest repeat = elections.addContest(election, new ElectionApi.ContestRequest(original.kind, original.unitCode,
                original.districtNumber, original.name, null, null, original.voters, original.settlements), mayActIn, actor);
        repeat.repeatOf = original.id;
        repeat.repeatKind = kind;
        if (kind == RepeatContest.Kind.VOTE) {
            repeat.repeatCandidates.addAll(tied);
        }
        audit.record(actor, "contest", repeat.id, "contest.repeat-created", null,
                Map.of("original", original.code, "kind", kind, "outcome", request.outcome(), "tied", tied,
                        "election", election.code, "electionDay", request.electionDay().toString()));
        LOG.infof("repeat %s %s of %s on %s", kind, repeat.code, original.code, request.electionDay());
        return repeat;
    }

    public static RepeatApi.RepeatView view(Contest repeat) {
        Contest original = Contest.findById(repeat.repeatOf);
        return new RepeatApi.RepeatView(original.code, repeat.repeatKind, repeat.election.code, repeat.code,
                repeat.election.electionDay, new ArrayList<>(repeat.repeatCandidates));
    }
}
