package kz.elections.results.publication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.elections.common.ProblemException;
import kz.elections.common.audit.AuditLog;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.tabulation.TabulationService;

/**
 * Publishes numbered, immutable result versions of an election from the running tallies: provisional
 * while precincts report; a second commission member certifies a complete provisional version as a
 * new, final one. Every version after the first names the contests that changed and why.
 */
@ApplicationScoped
public class PublicationService {

    @Inject
    TabulationService tabulation;

    @Inject
    kz.elections.results.elected.ElectedService elected;

    @Inject
    ObjectMapper json;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public ResultVersion publish(String election, String reason, Predicate<String> mayActIn, String actor) {
        List<ContestRecord> contests = ContestRecord.forElection(election);
        if (contests.isEmpty()) {
            throw ProblemException.notFound("Election with protocols", election);
        }
        requireTerritory(contests, mayActIn);
        Optional<ResultVersion> previous = ResultVersion.latest(election);
        if (previous.isPresent() && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "version " + (previous.get().number + 1) + " replaces version "
                    + previous.get().number + "; say why (new protocols, a correction, …)");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ObjectNode document = json.createObjectNode();
        document.put("electionCode", election);
        document.put("asOf", now.toString());
        ArrayNode items = document.putArray("contests");
        for (ContestRecord contest : contests) {
            ObjectNode item = json.valueToTree(tabulation.tabulate(contest.code));
            item.set("elected", json.valueToTree(elected.elected(contest.code)));
            items.add(item);
        }
        return store(election, previous, ResultVersion.Status.PROVISIONAL, null, reason, document, now, actor);
    }

    @Transactional
    public ResultVersion certify(String election, int number, Predicate<String> mayActIn, String actor) {
        ResultVersion version = ResultVersion.version(election, number)
                .orElseThrow(() -> ProblemException.notFound("Result version " + number + " of", election));
        requireTerritory(ContestRecord.forElection(election), mayActIn);
        ResultVersion latest = ResultVersion.latest(election).orElseThrow();
        if (version.status != ResultVersion.Status.PROVISIONAL || latest.number != number) {
            throw ProblemException.conflict("not-certifiable", "Cannot certify",
                    "Only the latest provisional version can be certified; the latest is " + latest.number + " ("
                            + latest.status + ")", Map.of("latest", latest.number, "latestStatus", latest.status.name()));
        }
        if (version.publishedBy.equals(actor)) {
            throw ProblemException.forbidden("Certification needs a second commission member, not the one who published it");
        }
        for (JsonNode contest : version.document.path("contests")) {
            if (!contest.path("reportingPercent").asText().equals("100.00")) {
                throw ProblemException.conflict("not-complete", "Precincts still reporting",
                        contest.path("contestCode").asText() + " has " + contest.path("reportingPercent").asText()
                                + " % of its precincts reported; only complete results are certified", Map.of());
            }
        }
        return store(election, Optional.of(latest), ResultVersion.Status.FINAL, number,
                "certifies version " + number, version.document, OffsetDateTime.now(clock), actor);
    }

    private ResultVersion store(String election, Optional<ResultVersion> previous, ResultVersion.Status status,
            Integer certifies, String reason, JsonNode document, OffsetDateTime now, String actor) {
        ResultVersion version = new ResultVersion();
        version.electionCode = election;
        version.number = previous.map(p -> p.number + 1).orElse(1);
        version.status = status;
        version.asOf = now;
        version.publishedBy = actor;
        version.certifies = certifies;
        version.reason = reason == null || reason.isBlank() ? null : reason.strip();
        version.changes = changes(previous.map(p -> p.document).orElse(null), document);
        version.document = document;
        version.persistAndFlush();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("election", election);
        summary.put("number", version.number);
        summary.put("status", status.name());
        summary.put("changes", version.changes);
        audit.record(actor, "result-version", java.util.UUID.nameUUIDFromBytes((election + "#" + version.number)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "results." + (status == ResultVersion.Status.FINAL
                        ? "certified" : "published"), null, summary);
        return version;
    }

    /** Contests whose figures differ from the previous version (all of them for the first). */
    private static List<String> changes(JsonNode previous, JsonNode current) {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        if (previous != null) {
            previous.path("contests").forEach(c -> before.put(c.path("contestCode").asText(), figures(c)));
        }
        List<String> changed = new ArrayList<>();
        current.path("contests").forEach(c -> {
            if (!figures(c).equals(before.get(c.path("contestCode").asText()))) {
                changed.add(c.path("contestCode").asText());
            }
        });
        return changed;
    }

    private static JsonNode figures(JsonNode contest) {
        ObjectNode figures = contest.deepCopy();
        figures.remove("allocation");
        figures.remove("winner");
        return figures;
    }

    private static void requireTerritory(List<ContestRecord> contests, Predicate<String> mayActIn) {
        for (ContestRecord contest : contests) {
            if (!mayActIn.test(contest.unitCode)) {
                throw ProblemException.forbidden("A commission publishes only inside its territory; "
                        + contest.code + " is in " + (contest.unitCode == null ? "KZ" : contest.unitCode));
            }
        }
    }
}
