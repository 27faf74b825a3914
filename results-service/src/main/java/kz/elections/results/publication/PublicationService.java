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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.elections.common.ProblemException;
import kz.elections.common.audit.AuditLog;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.protocol.ResultsFreeze;
import kz.elections.results.tabulation.TabulationService;

/**
 * Publishes numbered, immutable result versions of an election from the running tallies: provisional
 * while precincts report; a second commission member certifies a complete provisional version as a
 * new, final one, which freezes the election's protocols until a commission member reopens the results.
 * Every version after the first names the contests that changed and why, and pins the digest of the
 * tallies it was published from ({@link TallyDigest}).
 */
@ApplicationScoped
public class PublicationService {

    @Inject
    TabulationService tabulation;

    @Inject
    ResultsFreeze freeze;

    @Inject
    kz.elections.results.elected.ElectedService elected;

    @Inject
    ObjectMapper json;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<VersionPublished> published;

    @Transactional
    public ResultVersion publish(String election, String reason, Predicate<String> mayActIn, String actor) {
        List<ContestRecord> contests = contestsInTerritory(election, mayActIn);
        freeze.certifiedVersion(election).ifPresent(certified -> {
            throw ResultsFreeze.refusal(election, certified, "a new version is published");
        });
        Optional<ResultVersion> previous = ResultVersion.latest(election);
        if (previous.isPresent() && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "version " + (previous.get().number + 1) + " replaces version "
                    + previous.get().number + "; say why (new protocols, a correction, …)");
        }
        Map<String, ContestNotHeld> notHeld = ContestNotHeld.forElection(election);
        List<TabulationService.Tabulation> tabulations = contests.stream().map(c -> tabulation.tabulate(c.code)).toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ObjectNode document = json.createObjectNode();
        document.put("electionCode", election);
        document.put("asOf", now.toString());
        ArrayNode items = document.putArray("contests");
        for (TabulationService.Tabulation contest : tabulations) {
            ObjectNode item = json.valueToTree(contest);
            item.set("elected", json.valueToTree(elected.elected(contest.contestCode())));
            ContestNotHeld marking = notHeld.get(contest.contestCode());
            item.set("notHeld", marking == null ? json.nullNode() : json.valueToTree(NotHeldView.of(marking)));
            items.add(item);
        }
        return store(election, previous, ResultVersion.Status.PROVISIONAL, null, reason, document,
                TallyDigest.of(tabulations, notHeld.keySet()), now, actor);
    }

    /**
     * A second commission member certifies the latest provisional version as a new, final one: only if the tallies
     * are still those it was published from, and every contest is complete or declared not held.
     */
    @Transactional
    public ResultVersion certify(String election, int number, Predicate<String> mayActIn, String actor) {
        ResultVersion version = ResultVersion.version(election, number)
                .orElseThrow(() -> ProblemException.notFound("Result version " + number + " of", election));
        // Protocols in flight land before the tallies are read; new ones wait for this certification, then are refused.
        freeze.exclusive(election);
        List<ContestRecord> contests = ContestRecord.forElection(election);
        requireTerritory(contests, mayActIn);
        ResultVersion latest = ResultVersion.latest(election).orElseThrow();
        if (version.status != ResultVersion.Status.PROVISIONAL || latest.number != number) {
            throw ProblemException.conflict("not-certifiable", "Cannot certify",
                    "Only the latest provisional version can be certified; the latest is " + latest.number + " ("
                            + latest.status + ")", Map.of("latest", latest.number, "latestStatus", latest.status.name()));
        }
        if (version.publishedBy.equals(actor)) {
            throw ProblemException.forbidden("Certification needs a second commission member, not the one who published it");
        }
        Map<String, ContestNotHeld> notHeld = ContestNotHeld.forElection(election);
        List<TabulationService.Tabulation> live = contests.stream().map(c -> tabulation.tabulate(c.code)).toList();
        requireUnchanged(version, TallyDigest.of(live, notHeld.keySet()));
        for (TabulationService.Tabulation contest : live) {
            new ContestCompleteness(contest.contestCode(), contest.options().size(), contest.precincts(),
                    contest.nation().precinctsReported(), notHeld.containsKey(contest.contestCode())).gap()
                    .ifPresent(gap -> {
                        throw ProblemException.conflict("not-complete", "Results not complete", gap + "; only complete "
                                + "results are certified: wait for its protocols, or declare the contest not held",
                                Map.of("contest", contest.contestCode()));
                    });
        }
        return store(election, Optional.of(latest), ResultVersion.Status.FINAL, number, "certifies version " + number,
                version.document, new TallyDigest(version.tallyDigest, new java.util.TreeMap<>(version.contestDigests)),
                OffsetDateTime.now(clock), actor);
    }

    /** The version's figures are the live ones: nothing was submitted, corrected or declared not held since. */
    private static void requireUnchanged(ResultVersion version, TallyDigest live) {
        if (version.contestDigests == null) {
            throw ProblemException.conflict("tallies-changed", "Published without its tallies' digest",
                    "Version " + version.number + " was published before versions pinned their tallies; publish again, "
                            + "then certify the new version", Map.of("version", version.number));
        }
        String changed = live.firstDifferenceFrom(version.contestDigests);
        if (changed != null || !live.election().equals(version.tallyDigest)) {
            throw ProblemException.conflict("tallies-changed", "Tallies changed since publication",
                    "The figures of " + changed + " changed since version " + version.number + " was published (a protocol "
                            + "arrived or was corrected, or the contest was declared not held); publish again, then "
                            + "certify the new version",
                    Map.of("version", version.number, "contest", String.valueOf(changed)));
        }
    }

    /**
     * A commission member of the territory reopens certified results, with a reason: protocols are accepted again,
     * and the next version published is provisional, to be certified again.
     */
    @Transactional
    public ResultReopening reopen(String election, String reason, Predicate<String> mayActIn, String actor) {
        contestsInTerritory(election, mayActIn);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the certified results are reopened");
        }
        freeze.exclusive(election);
        int certified = freeze.certifiedVersion(election).orElseThrow(() -> {
            Optional<ResultVersion> latest = ResultVersion.latest(election);
            return ProblemException.conflict("not-certified", "Results not certified", "The results of " + election
                    + " are not certified" + latest.map(v -> " (the latest version, " + v.number + ", is " + v.status
                            + (v.status == ResultVersion.Status.FINAL ? " and already reopened" : "") + ")").orElse("")
                    + "; only certified results are reopened", Map.of());
        });
        ResultReopening reopening = new ResultReopening();
        reopening.electionCode = election;
        reopening.version = certified;
        reopening.reason = reason.strip();
        reopening.reopenedBy = actor;
        reopening.reopenedAt = OffsetDateTime.now(clock);
        reopening.persistAndFlush();
        audit.record(actor, "result-version", versionId(election, certified), "results.reopened",
                Map.of("election", election, "certifiedBy", certified),
                Map.of("election", election, "reopened", certified, "reason", reopening.reason));
        return reopening;
    }

    /** What a version shows of a contest declared not held; also the answer to the declaration. */
    public record NotHeldView(String contestCode, String reason, String declaredAt) {
        static NotHeldView of(ContestNotHeld marking) {
            return new NotHeldView(marking.contestCode, marking.reason, marking.markedAt.toString());
        }
    }

    /** {@code created}: false if the contest was declared not held before (then nothing changes). */
    public record NotHeldDeclared(NotHeldView declaration, boolean created) {
    }

    /**
     * A commission member of the contest's territory declares a contest not held, with a reason: certification does
     * not wait for its protocols, and the next version published shows it.
     */
    @Transactional
    public NotHeldDeclared declareNotHeld(String contestCode, String reason, Predicate<String> mayActIn, String actor) {
        ContestRecord contest = ContestRecord.findById(contestCode);
        if (contest == null) {
            throw ProblemException.notFound("Contest with an approved ballot", contestCode);
        }
        if (!mayActIn.test(contest.unitCode)) {
            throw ProblemException.forbidden("A commission declares contests not held only inside its territory; "
                    + contest.code + " is in " + (contest.unitCode == null ? "KZ" : contest.unitCode));
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the contest was not held");
        }
        // Waits for a certification in progress: the declaration changes what it would certify.
        freeze.exclusive(contest.electionCode);
        freeze.certifiedVersion(contest.electionCode).ifPresent(certified -> {
            throw ResultsFreeze.refusal(contest.electionCode, certified, "a contest is declared not held");
        });
        ContestNotHeld existing = ContestNotHeld.findById(contest.code);
        if (existing != null) {
            return new NotHeldDeclared(NotHeldView.of(existing), false);
        }
        ContestNotHeld marking = new ContestNotHeld();
        marking.contestCode = contest.code;
        marking.electionCode = contest.electionCode;
        marking.reason = reason.strip();
        marking.markedBy = actor;
        marking.markedAt = OffsetDateTime.now(clock);
        marking.persistAndFlush();
        NotHeldView view = NotHeldView.of(marking);
        audit.record(actor, "contest", contest.id, "contest.declared-not-held", null, view);
        return new NotHeldDeclared(view, true);
    }

    private ResultVersion store(String election, Optional<ResultVersion> previous, ResultVersion.Status status,
            Integer certifies, String reason, JsonNode document, TallyDigest digest, OffsetDateTime now, String actor) {
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
        version.tallyDigest = digest.election();
        version.contestDigests = digest.contests();
        version.persistAndFlush();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("election", election);
        summary.put("number", version.number);
        summary.put("status", status.name());
        summary.put("changes", version.changes);
        summary.put("tallyDigest", version.tallyDigest);
        audit.record(actor, "result-version", versionId(election, version.number), "results." + (status == ResultVersion.Status.FINAL
                        ? "certified" : "published"), null, summary);
        published.fire(new VersionPublished(election, version.number, status));
        return version;
    }

    /** The id of a version in the audit trail. */
    private static java.util.UUID versionId(String election, int number) {
        return java.util.UUID.nameUUIDFromBytes((election + "#" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Nodes equal in value: a document built from the tabulation holds longs, the same document read back from the
     * database ints, and a 1300 is a 1300.
     */
    private static final java.util.Comparator<JsonNode> SAME_VALUE = (a, b) -> a.equals(b)
            || (a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0) ? 0 : 1;

    /** Contests whose figures differ from the previous version (all of them for the first). */
    private static List<String> changes(JsonNode previous, JsonNode current) {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        if (previous != null) {
            previous.path("contests").forEach(c -> before.put(c.path("contestCode").asText(), figures(c)));
        }
        List<String> changed = new ArrayList<>();
        current.path("contests").forEach(c -> {
            JsonNode earlier = before.get(c.path("contestCode").asText());
            if (earlier == null || !figures(c).equals(SAME_VALUE, earlier)) {
                changed.add(c.path("contestCode").asText());
            }
        });
        return changed;
    }

    private static JsonNode figures(JsonNode contest) {
        ObjectNode figures = contest.deepCopy();
        figures.remove("allocation");
        figures.remove("winner");
        figures.remove("recall");
        return figures;
    }

    /** The election's contests, if it has any and the caller may act in each one's territory. */
    private static List<ContestRecord> contestsInTerritory(String election, Predicate<String> mayActIn) {
        List<ContestRecord> contests = ContestRecord.forElection(election);
        if (contests.isEmpty()) {
            throw ProblemException.notFound("Election with protocols", election);
        }
        requireTerritory(contests, mayActIn);
        return contests;
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
