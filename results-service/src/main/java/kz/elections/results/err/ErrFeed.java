package kz.elections.results.err;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import kz.elections.common.ProblemException;
import kz.elections.results.contest.ContestPrecinct;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.protocol.Protocol;
import kz.elections.results.publication.OpenResults;
import kz.elections.results.publication.ResultDocument;
import kz.elections.results.publication.ResultVersion;
import kz.elections.results.publication.ResultsFeed;

/**
 * The ERR reports of published versions, rendered once: a version never changes, nor do the facts the report adds to
 * it (the contests' OCD ids and precincts, whether an earlier version was certified). Which version is latest comes
 * from {@link ResultsFeed}, which every replica keeps current. The precinct-level reports are large: only the last few
 * are kept.
 */
@ApplicationScoped
public class ErrFeed {

    public record Rendered(String electionCode, int number, String json, String etag) {
    }

    private static final int PRECINCT_REPORTS_KEPT = 4;

    @Inject
    ObjectMapper mapper;

    @Inject
    ResultsFeed feed;

    @ConfigProperty(name = "tizim.err.issuer", defaultValue = "Central Election Commission of the Republic of Kazakhstan")
    String issuer;

    @ConfigProperty(name = "tizim.err.issuer-abbreviation", defaultValue = "CEC RK")
    String issuerAbbreviation;

    @ConfigProperty(name = "tizim.err.vendor-application-id", defaultValue = "Tizim results-service")
    String vendorApplicationId;

    private final Map<String, Rendered> summaries = new ConcurrentHashMap<>();
    private final Map<String, Rendered> precinctReports = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
                    return size() > PRECINCT_REPORTS_KEPT;
                }
            });

    /** The latest version's number, or null before the first. */
    public Integer latest(String election) {
        ResultsFeed.Rendered latest = feed.latest(election);
        return latest == null ? null : latest.number();
    }

    /** The version's summary-contest report, or null if there is no such version. */
    public Rendered summary(String election, int number) {
        return rendered(summaries, election, number, false);
    }

    /** The version's precinct-level report, or null if there is no such version. */
    public Rendered precinctLevel(String election, int number) {
        return rendered(precinctReports, election, number, true);
    }

    private Rendered rendered(Map<String, Rendered> cache, String election, int number, boolean precincts) {
        String key = election + "#" + number;
        Rendered known = cache.get(key);
        if (known != null) {
            return known;
        }
        Rendered rendered = QuarkusTransaction.requiringNew().call(() -> ResultVersion.version(election, number)
                .map(version -> render(version, precincts)).orElse(null));
        if (rendered != null) {
            cache.put(key, rendered);
        }
        return rendered;
    }

    private Rendered render(ResultVersion version, boolean precinctLevel) {
        ResultDocument document = ResultDocument.read(version.document, mapper);
        Map<String, ErrExport.ContestFacts> facts = new LinkedHashMap<>();
        for (ContestRecord c : ContestRecord.forElection(version.electionCode)) {
            facts.put(c.code, new ErrExport.ContestFacts(c.ocdId, c.unitCode, c.seats, c.electionDay,
                    ContestPrecinct.countByUnit(c.code)));
        }
        boolean correcting = ResultVersion.firstFinal(version.electionCode).map(f -> f.number < version.number).orElse(false);
        List<OpenResults.PrecinctResult> precincts = precinctLevel ? precinctsAsCounted(version, document) : null;
        Err.ElectionReport report = ErrExport.report(new ErrExport.Source(version.electionCode, version.number, version.status,
                version.asOf.toString(), correcting, document, facts, precincts),
                new ErrExport.Issuer(issuer, issuerAbbreviation, vendorApplicationId));
        try {
            return new Rendered(version.electionCode, version.number, mapper.writeValueAsString(report),
                    "\"err-" + (precinctLevel ? "precincts-" : "") + version.electionCode + "-" + version.number + "\"");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Each precinct's protocol as the version counted it: the latest version of it submitted by the time the version was
     * published. The precincts must add up to the version's figures; should they not (a protocol stored in the same
     * instant as the version), the report is refused rather than contradict the version.
     */
    private static List<OpenResults.PrecinctResult> precinctsAsCounted(ResultVersion version, ResultDocument document) {
        Map<String, ContestRecord> contests = ContestRecord.forElection(version.electionCode).stream()
                .collect(Collectors.toMap(c -> c.code, c -> c));
        List<OpenResults.PrecinctResult> precincts = new ArrayList<>();
        if (contests.isEmpty()) {
            return precincts;
        }
        OffsetDateTime asOf = version.asOf;
        Protocol.getEntityManager().createQuery("""
                select p, cp.number from Protocol p, ContestPrecinct cp
                where cp.contestCode = p.contestCode and cp.precinctId = p.precinctId
                  and p.contestCode in ?1 and p.submittedAt <= ?2
                  and p.version = (select max(q.version) from Protocol q where q.contestCode = p.contestCode
                                   and q.precinctId = p.precinctId and q.submittedAt <= ?2)
                order by p.contestCode, p.unitCode, cp.number""", Object[].class)
                .setParameter(1, contests.keySet()).setParameter(2, asOf).getResultList().forEach(row -> {
                    Protocol p = (Protocol) row[0];
                    ContestRecord contest = contests.get(p.contestCode);
                    List<OpenResults.OptionVotes> options = new ArrayList<>();
                    for (int i = 0; i < contest.options.size(); i++) {
                        ContestRecord.Option o = contest.options.get(i);
                        options.add(new OpenResults.OptionVotes(o.position(), o.kind(), o.ref() == null ? null : o.ref().toString(),
                                o.labelKk(), o.labelRu(), i < p.votes.size() ? p.votes.get(i) : 0));
                    }
                    precincts.add(new OpenResults.PrecinctResult(p.contestCode, p.unitCode, (Integer) row[1], p.precinctId,
                            p.version, p.votersOnList + p.votersAdded, p.tookPart, p.againstAll, p.invalid, options));
                });
        for (ResultDocument.ContestResult contest : document.contests()) {
            List<OpenResults.PrecinctResult> counted = precincts.stream()
                    .filter(p -> p.contestCode().equals(contest.contestCode())).toList();
            if (!addsUp(contest, counted)) {
                throw ProblemException.conflict("precincts-differ", "The precincts do not add up to the version",
                        "The protocols of contest " + contest.contestCode() + " submitted by version " + version.number
                                + " was published do not add up to its figures; ask for the next version",
                        Map.<String, Object>of("contest", contest.contestCode(), "version", version.number));
            }
        }
        return precincts;
    }

    private static boolean addsUp(ResultDocument.ContestResult contest, List<OpenResults.PrecinctResult> precincts) {
        if (precincts.size() != contest.precinctsReported()
                || precincts.stream().mapToLong(OpenResults.PrecinctResult::tookPart).sum() != contest.nation().tookPart()
                || precincts.stream().mapToLong(OpenResults.PrecinctResult::invalid).sum() != contest.nation().invalid()
                || precincts.stream().mapToLong(OpenResults.PrecinctResult::againstAll).sum() != contest.nation().againstAll()) {
            return false;
        }
        return contest.options().stream().allMatch(option -> precincts.stream().flatMap(p -> p.options().stream())
                .filter(o -> o.position() == option.position()).mapToLong(OpenResults.OptionVotes::votes).sum() == option.votes());
    }
}
