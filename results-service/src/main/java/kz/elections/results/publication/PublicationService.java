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
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.common.ProblemException;
import kz.elections.common.audit.AuditLog;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.elected.SeatsAssigned;
import kz.elections.results.protocol.ResultsFreeze;
import kz.elections.results.tabulation.TabulationService;
import kz.elections.results.upstream.Upstream;
import kz.elections.results.upstream.UpstreamGateway;

/**
 * Publishes numbered, immutable result versions of an election from the running tallies: provisional
 * while precincts report; a second commission member certifies a complete provisional version as a
 * new, final one, which freezes the election's protocols until a commission member reopens the results.
 * Every version after the first names the contests that changed and why, and pins the digest of the
 * tallies it was published from ({@link TallyDigest}); every version is linked into the election's chain of versions
 * ({@link VersionChaining}), and its audit record carries its digest.
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
    UpstreamGateway upstream;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<VersionPublished> published;

    @Inject
    VersionChaining chaining;

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
        List<ResultDocument.ContestResult> items = new ArrayList<>();
        for (TabulationService.Tabulation contest : tabulations) {
            ContestNotHeld marking = notHeld.get(contest.contestCode());
            items.add(ResultDocument.ContestResult.of(contest, elected.elected(contest.contestCode()),
                    marking == null ? null : NotHeldView.of(marking)));
        }
        // Every declaration, also of contests no protocol reached (they have no item above).
        List<NotHeldView> declared = notHeld.values().stream().sorted(java.util.Comparator.comparing(c -> c.contestCode))
                .map(NotHeldView::of).toList();
        ResultDocument document = new ResultDocument(election, now.toString(), items, declared);
        return store(election, previous, ResultVersion.Status.PROVISIONAL, null, reason, document,
                TallyDigest.of(tabulations, notHeld.keySet()), now, actor, "results.published");
    }

    /**
     * A second commission member certifies the latest provisional version as a new, final one: only if the tallies
     * are still those it was published from, and every contest of the election, as the registry holds them, is
     * complete or declared not held. The registry is asked before the transaction opens (503 while it is down).
     */
    public ResultVersion certify(String election, int number, Predicate<String> mayActIn, String actor) {
        List<String> held = upstream.electionContests(election).stream().map(Upstream.Contest::code).toList();
        return QuarkusTransaction.requiringNew().call(() -> certify(election, number, held, mayActIn, actor));
    }

    private ResultVersion certify(String election, int number, List<String> electionContests, Predicate<String> mayActIn,
            String actor) {
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
        requireComplete(election, electionContests, live, notHeld.keySet());
        // The figures are those certified; the elected are as they are now (a party may have named its own since).
        return store(election, Optional.of(latest), ResultVersion.Status.FINAL, number, "certifies version " + number,
                withCurrentElected(version, null), pinned(version), OffsetDateTime.now(clock), actor,
                "results.certified");
    }

    /**
     * Every contest of the election is complete or declared not held: those results have counted, and those the
     * registry holds that no protocol has reached yet. Otherwise a 409 naming each incomplete contest and why.
     */
    private static void requireComplete(String election, List<String> electionContests,
            List<TabulationService.Tabulation> counted, java.util.Set<String> notHeld) {
        Map<String, TabulationService.Tabulation> byCode = new LinkedHashMap<>();
        counted.forEach(t -> byCode.put(t.contestCode(), t));
        java.util.SortedSet<String> all = new java.util.TreeSet<>(electionContests);
        all.addAll(byCode.keySet());
        List<Map<String, Object>> gaps = new ArrayList<>();
        for (String code : all) {
            TabulationService.Tabulation contest = byCode.get(code);
            ContestCompleteness completeness = contest == null ? ContestCompleteness.unseen(code, notHeld.contains(code))
                    : new ContestCompleteness(code, contest.options().size(), contest.precincts(),
                            contest.nation().precinctsReported(), notHeld.contains(code));
            completeness.gap().ifPresent(gap -> gaps.add(Map.of("contest", code, "gap", gap)));
        }
        if (!gaps.isEmpty()) {
            String listed = gaps.stream().map(g -> (String) g.get("gap")).collect(java.util.stream.Collectors.joining("; "));
            throw ProblemException.conflict("not-complete", "Results not complete", gaps.size() + " of the "
                    + all.size() + " contests of " + election + " " + (gaps.size() == 1 ? "is" : "are") + " not complete: "
                    + listed + ". Only complete results are certified: wait for their protocols, or declare a contest "
                    + "not held", Map.of("contest", gaps.get(0).get("contest"), "incomplete", gaps));
        }
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

    /** A contest by its registry id and code, its election and its unit (null: national). */
    public record ContestRef(String code, java.util.UUID id, String electionCode, String unitCode) {
    }

    /**
     * The contest named by code or id: as results counted it, or, if no protocol has reached it, as the registry holds
     * it (asked outside any transaction; 404 if the registry does not know it, 503 while it is down).
     */
    public ContestRef contest(String idOrCode) {
        ContestRecord counted = ContestRecord.findById(ContestRecord.codeOf(idOrCode));
        if (counted != null) {
            return new ContestRef(counted.code, counted.id, counted.electionCode, counted.unitCode);
        }
        Upstream.Contest registered = upstream.registrations(idOrCode).contest();
        return new ContestRef(registered.code(), registered.id(), registered.electionCode(), registered.unitCode());
    }

    /** {@code created}: false if the contest was declared not held before (then nothing changes). */
    public record NotHeldDeclared(NotHeldView declaration, boolean created) {
    }

    /**
     * A commission member of the contest's territory declares a contest not held, with a reason: certification does
     * not wait for its protocols, and the next version published shows it.
     */
    @Transactional
    public NotHeldDeclared declareNotHeld(ContestRef contest, String reason, Predicate<String> mayActIn, String actor) {
        if (!mayActIn.test(contest.unitCode())) {
            throw ProblemException.forbidden("A commission declares contests not held only inside its territory; "
                    + contest.code() + " is in " + (contest.unitCode() == null ? "KZ" : contest.unitCode()));
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the contest was not held");
        }
        // Waits for a certification in progress: the declaration changes what it would certify.
        freeze.exclusive(contest.electionCode());
        freeze.certifiedVersion(contest.electionCode()).ifPresent(certified -> {
            throw ResultsFreeze.refusal(contest.electionCode(), certified, "a contest is declared not held");
        });
        ContestNotHeld existing = ContestNotHeld.findById(contest.code());
        if (existing != null) {
            return new NotHeldDeclared(NotHeldView.of(existing), false);
        }
        ContestNotHeld marking = new ContestNotHeld();
        marking.contestCode = contest.code();
        marking.electionCode = contest.electionCode();
        marking.reason = reason.strip();
        marking.markedBy = actor;
        marking.markedAt = OffsetDateTime.now(clock);
        marking.persistAndFlush();
        NotHeldView view = NotHeldView.of(marking);
        audit.record(actor, "contest", contest.id(), "contest.declared-not-held", null, view);
        return new NotHeldDeclared(view, true);
    }

    /**
     * The published results follow who takes the seats: when a party names its elected, or the commission assigns them,
     * while the election's results are certified, a new final version with the certified figures and the contest's
     * elected as they now are, in the same transaction. While the latest version is provisional, or reopened, the next
     * version published (and its certification) shows them.
     */
    void seatsAssigned(@Observes SeatsAssigned assigned) {
        ContestRecord contest = ContestRecord.findById(assigned.contestCode());
        Optional<Integer> certified = freeze.certifiedVersion(contest.electionCode);
        if (certified.isEmpty()) {
            return;
        }
        ResultVersion latest = ResultVersion.version(contest.electionCode, certified.get()).orElseThrow();
        String reason = assigned.byListOrder()
                ? "the commission assigned " + assigned.party() + "'s seats in " + contest.code + " by list order"
                : assigned.party() + " named who takes its seats in " + contest.code;
        store(contest.electionCode, Optional.of(latest), ResultVersion.Status.FINAL, latest.certifies, reason,
                withCurrentElected(latest, contest.code), pinned(latest), OffsetDateTime.now(clock),
                assigned.actor(), "results.elected-published");
    }

    /** The version's document with the elected of {@code contestCode} (null: of every contest) as they are now. */
    private ResultDocument withCurrentElected(ResultVersion version, String contestCode) {
        ResultDocument document = ResultDocument.read(version.document, json);
        return new ResultDocument(document.electionCode(), document.asOf(), document.contests().stream()
                .map(c -> contestCode == null || contestCode.equals(c.contestCode()) ? c.withElected(elected.elected(c.contestCode()))
                        : c)
                .toList(), document.notHeld());
    }

    /** The tallies a version vouches for, pinned again by a version with the same figures. */
    private static TallyDigest pinned(ResultVersion version) {
        return new TallyDigest(version.tallyDigest,
                version.contestDigests == null ? null : new java.util.TreeMap<>(version.contestDigests));
    }

    private ResultVersion store(String election, Optional<ResultVersion> previous, ResultVersion.Status status,
            Integer certifies, String reason, ResultDocument document, TallyDigest digest, OffsetDateTime now, String actor,
            String action) {
        ResultVersion version = new ResultVersion();
        version.electionCode = election;
        version.number = previous.map(p -> p.number + 1).orElse(1);
        version.status = status;
        // To the microsecond the database keeps: the digest covers the time as it is read back.
        version.asOf = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        version.publishedBy = actor;
        version.certifies = certifies;
        version.reason = reason == null || reason.isBlank() ? null : reason.strip();
        version.changes = changes(previous.map(p -> ResultDocument.read(p.document, json)).orElse(null), document);
        version.document = document.toJson(json);
        version.tallyDigest = digest.election();
        version.contestDigests = digest.contests();
        chaining.link(version, previous);
        version.persistAndFlush();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("election", election);
        summary.put("number", version.number);
        summary.put("status", status.name());
        summary.put("changes", version.changes);
        summary.put("tallyDigest", version.tallyDigest);
        summary.put("digest", version.digest);
        audit.record(actor, "result-version", versionId(election, version.number), action, null, summary);
        published.fire(new VersionPublished(election, version.number, status));
        return version;
    }

    /** The id of a version in the audit trail. */
    private static java.util.UUID versionId(String election, int number) {
        return java.util.UUID.nameUUIDFromBytes((election + "#" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Contests whose figures differ from the previous version (all of them for the first), and contests newly declared
     * not held that no protocol reached.
     */
    private static List<String> changes(ResultDocument previous, ResultDocument current) {
        Map<String, ResultDocument.ContestResult> before = new LinkedHashMap<>();
        java.util.Set<String> declaredBefore = new java.util.HashSet<>();
        if (previous != null) {
            previous.contests().forEach(c -> before.put(c.contestCode(), c.figures()));
            previous.declaredNotHeld().forEach(d -> declaredBefore.add(d.contestCode()));
        }
        List<String> changed = new ArrayList<>();
        for (ResultDocument.ContestResult contest : current.contests()) {
            if (!contest.figures().equals(before.get(contest.contestCode()))) {
                changed.add(contest.contestCode());
            }
        }
        for (NotHeldView declaration : current.declaredNotHeld()) {
            if (!declaredBefore.contains(declaration.contestCode()) && !changed.contains(declaration.contestCode())) {
                changed.add(declaration.contestCode());
            }
        }
        return changed;
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
