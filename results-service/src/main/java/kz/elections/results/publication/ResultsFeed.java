package kz.elections.results.publication;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import kz.elections.results.tabulation.TabulationService;

/**
 * Rendered result versions, kept in memory: a version never changes, so its JSON, CSV and ETag are
 * rendered once. "Latest" is checked against the database at most once a second per election, so that
 * election-night polling costs a map lookup, not a query.
 */
@ApplicationScoped
public class ResultsFeed {

    public record Rendered(String electionCode, int number, String status, String json, String csv, String etag) {
    }

    private record Latest(Rendered rendered, long checkedAt) {
    }

    public static final long LATEST_CHECK_MILLIS = 1000;

    @Inject
    ObjectMapper mapper;

    private final Map<String, Rendered> versions = new ConcurrentHashMap<>();
    private final Map<String, Latest> latest = new ConcurrentHashMap<>();

    public Rendered latest(String election) {
        Latest known = latest.get(election);
        long now = System.currentTimeMillis();
        if (known != null && now - known.checkedAt() < LATEST_CHECK_MILLIS) {
            return known.rendered();
        }
        Integer number = QuarkusTransaction.requiringNew().call(() -> ResultVersion.latest(election).map(v -> v.number).orElse(null));
        Rendered rendered = number == null ? null : version(election, number);
        if (rendered != null) {
            latest.put(election, new Latest(rendered, now));
        }
        return rendered;
    }

    public Rendered version(String election, int number) {
        String key = election + "#" + number;
        Rendered known = versions.get(key);
        if (known != null) {
            return known;
        }
        Rendered rendered = QuarkusTransaction.requiringNew().call(() -> ResultVersion.version(election, number)
                .map(this::render).orElse(null));
        if (rendered != null) {
            versions.put(key, rendered);
        }
        return rendered;
    }

    /** A newly published version is "latest" at once on this instance. */
    public void published(ResultVersion version) {
        latest.remove(version.electionCode);
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished version) {
        latest.remove(version.electionCode());
    }

    private Rendered render(ResultVersion version) {
        try {
            ResultDocument document = ResultDocument.read(version.document, mapper);
            return new Rendered(version.electionCode, version.number, version.status.name(),
                    mapper.writeValueAsString(PublishedVersion.of(version, document)), csv(version, document), "\"" + version.electionCode + "-" + version.number + "\"");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One line per contest and ballot option: the figures a spreadsheet needs. A single-seat contest marks its
     * winner by registration id: namesakes stand in the same district.
     */
    private static String csv(ResultVersion version, ResultDocument document) {
        StringBuilder csv = OpenCsv.withHeader(
                "election,version,status,contest,precincts_reported,precincts,turnout_percent,position,option,votes,seats_or_elected");
        for (ResultDocument.ContestResult contest : document.contests()) {
            TabulationService.Totals nation = contest.nation();
            String prefix = version.electionCode + "," + version.number + "," + version.status + "," + contest.contestCode()
                    + "," + nation.precinctsReported() + "," + contest.precincts() + "," + nation.turnoutPercent() + ",";
            for (TabulationService.OptionTotal option : contest.options()) {
                String label = "PARTY".equals(option.kind()) ? option.detail() : option.labelRu();
                String outcome;
                if (contest.allocation() != null) {
                    outcome = String.valueOf(contest.allocation().seats().getOrDefault(option.detail(), 0L));
                } else {
                    outcome = isWinner(option, contest.winner()) ? "elected" : "";
                }
                csv.append(prefix).append(option.position()).append(',').append(OpenCsv.quote(label)).append(',')
                        .append(option.votes()).append(',').append(outcome).append('\n');
            }
            csv.append(prefix).append(",").append(OpenCsv.quote("Против всех / Барлығына қарсы")).append(',')
                    .append(nation.againstAll()).append(",\n");
        }
        return csv.toString();
    }

    /** Whether the tabulation's winner is this option, by the id the tabulation gave the option. */
    private static boolean isWinner(TabulationService.OptionTotal option, TabulationService.Winner winner) {
        return winner != null && winner.winnerId() != null && winner.winnerId().equals(TabulationService.candidateId(option));
    }
}
