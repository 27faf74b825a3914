package kz.elections.results.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.elections.common.ProblemException;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.protocol.Protocol;
import kz.elections.results.protocol.Tallies;

/**
 * The open results below the published versions, for anyone to recount: each precinct's figures as soon as its
 * protocol is accepted (its current version), and each unit's running totals from the tallies. Both are live, not
 * tied to a version; the votes of a precinct or unit, with "against all" and the invalid ballots, add up to those
 * who took part.
 */
@ApplicationScoped
public class OpenResults {

    @Schema(description = "Votes for one ballot option; registrationId is the list's party or the candidate's nomination")
    public record OptionVotes(int position, String kind, String registrationId, String labelKk, String labelRu, long votes) {
    }

    @Schema(description = "A precinct's accepted protocol (its current version) for one contest")
    public record PrecinctResult(String contestCode, String unitCode, int precinct, UUID precinctId, int protocolVersion,
            long votersOnList, long tookPart, long againstAll, long invalid, List<OptionVotes> options) {
    }

    public record PrecinctResults(String electionCode, List<PrecinctResult> precincts) {
    }

    @Schema(description = "A unit's running totals for one contest, from the precincts that reported")
    public record UnitResult(String contestCode, String unitCode, int precinctsReported, long votersOnList, long tookPart,
            long againstAll, long invalid, List<OptionVotes> options) {
    }

    public record UnitResults(String electionCode, List<UnitResult> units) {
    }

    /** The CSV files' columns: one row per ballot option, then one for "against all" and one for the invalid ballots. */
    static final String PRECINCT_HEADER = "election,contest,unit,precinct,protocol_version,voters_on_list,took_part,"
            + "kind,position,registration_id,label_kk,label_ru,votes";
    static final String UNIT_HEADER = "election,contest,unit,precincts_reported,voters_on_list,took_part,"
            + "kind,position,registration_id,label_kk,label_ru,votes";

    @Inject
    Tallies tallies;

    @Transactional
    public PrecinctResults precincts(String election) {
        Map<String, ContestRecord> contests = contests(election);
        List<PrecinctResult> precincts = new ArrayList<>();
        Protocol.getEntityManager().createQuery("""
                select p, cp.number from Protocol p, ContestPrecinct cp
                where cp.contestCode = p.contestCode and cp.precinctId = p.precinctId and p.current = true
                  and p.contestCode in ?1
                order by p.contestCode, p.unitCode, cp.number""", Object[].class)
                .setParameter(1, contests.keySet()).getResultList().forEach(row -> {
                    Protocol p = (Protocol) row[0];
                    precincts.add(new PrecinctResult(p.contestCode, p.unitCode, (Integer) row[1], p.precinctId, p.version,
                            p.votersOnList + p.votersAdded, p.tookPart, p.againstAll, p.invalid,
                            options(contests.get(p.contestCode), p.votes)));
                });
        return new PrecinctResults(election, precincts);
    }

    @Transactional
    public UnitResults units(String election) {
        List<UnitResult> units = new ArrayList<>();
        for (ContestRecord contest : contests(election).values()) {
            for (Tallies.UnitTally unit : tallies.forContest(contest.code)) {
                units.add(new UnitResult(contest.code, unit.unitCode(), unit.precinctsReported(), unit.votersOnList(),
                        unit.tookPart(), unit.againstAll(), unit.invalid(), options(contest, unit.votes())));
            }
        }
        return new UnitResults(election, units);
    }

    static String csv(PrecinctResults results) {
        StringBuilder csv = OpenCsv.withHeader(PRECINCT_HEADER);
        for (PrecinctResult p : results.precincts()) {
            String prefix = String.join(",", results.electionCode(), p.contestCode(), p.unitCode(), String.valueOf(p.precinct()),
                    String.valueOf(p.protocolVersion()), String.valueOf(p.votersOnList()), String.valueOf(p.tookPart()));
            rows(csv, prefix, p.options(), p.againstAll(), p.invalid());
        }
        return csv.toString();
    }

    static String csv(UnitResults results) {
        StringBuilder csv = OpenCsv.withHeader(UNIT_HEADER);
        for (UnitResult u : results.units()) {
            String prefix = String.join(",", results.electionCode(), u.contestCode(), u.unitCode(),
                    String.valueOf(u.precinctsReported()), String.valueOf(u.votersOnList()), String.valueOf(u.tookPart()));
            rows(csv, prefix, u.options(), u.againstAll(), u.invalid());
        }
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String prefix, List<OptionVotes> options, long againstAll, long invalid) {
        for (OptionVotes o : options) {
            csv.append(prefix).append(',').append(o.kind()).append(',').append(o.position()).append(',')
                    .append(o.registrationId() == null ? "" : o.registrationId()).append(',').append(OpenCsv.quote(o.labelKk()))
                    .append(',').append(OpenCsv.quote(o.labelRu())).append(',').append(o.votes()).append('\n');
        }
        csv.append(prefix).append(",AGAINST_ALL,,,").append(OpenCsv.quote("Барлығына қарсы")).append(',')
                .append(OpenCsv.quote("Против всех")).append(',').append(againstAll).append('\n');
        csv.append(prefix).append(",INVALID,,,").append(OpenCsv.quote("Жарамсыз бюллетеньдер")).append(',')
                .append(OpenCsv.quote("Недействительные бюллетени")).append(',').append(invalid).append('\n');
    }

    /** The votes in ballot order, each with its option. */
    private static List<OptionVotes> options(ContestRecord contest, List<Long> votes) {
        List<OptionVotes> options = new ArrayList<>();
        for (int i = 0; i < contest.options.size(); i++) {
            ContestRecord.Option option = contest.options.get(i);
            options.add(new OptionVotes(option.position(), option.kind(), option.ref() == null ? null : option.ref().toString(),
                    option.labelKk(), option.labelRu(), i < votes.size() ? votes.get(i) : 0));
        }
        return options;
    }

    private static Map<String, ContestRecord> contests(String election) {
        List<ContestRecord> contests = ContestRecord.forElection(election);
        if (contests.isEmpty()) {
            throw ProblemException.notFound("Election with protocols", election);
        }
        return contests.stream().collect(Collectors.toMap(c -> c.code, c -> c, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
