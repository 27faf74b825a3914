package kz.elections.results.publication;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import kz.elections.common.cluster.ClusterNotice;
import kz.elections.common.cluster.ClusterNotices;
import kz.elections.results.tabulation.TabulationService;

/**
 * Rendered result versions, kept in memory up to {@code tizim.results.kept.max-bytes} ({@link Kept}): a version never
 * changes, so its JSON, CSV and ETag are rendered once. "Latest" is read from the database once and kept until a replica publishes a new version: the
 * publishing transaction notifies every replica ({@link ClusterNotices}), so each serves the new one as soon as it
 * commits, and election-night polling costs a map lookup, not a query. While this replica does not hear the
 * notices (its listener reconnecting), latest is checked against the database at most once a second.
 */
@ApplicationScoped
public class ResultsFeed {

    public record Rendered(String electionCode, int number, String status, String json, String csv, String etag) {
    }

    /** What latest was when read at {@code checkedAt}, while the notices had come to {@code generation}. */
    private record Latest(Rendered rendered, long checkedAt, long generation) {
    }

    /** The topic of the notice "a new version of the election (subject) is published". */
    public static final String VERSION_TOPIC = "version";

    public static final long LATEST_CHECK_MILLIS = 1000;

    @Inject
    ObjectMapper mapper;

    @Inject
    ClusterNotices notices;

    /** How many bytes of rendered versions to keep: past it the version read least recently goes first. */
    @ConfigProperty(name = "tizim.results.kept.max-bytes", defaultValue = "33554432")
    long maxBytes;

    /** Java's strings: two bytes a character at most. */
    private Kept<Rendered> versions;
    private final Map<String, Latest> latest = new ConcurrentHashMap<>();
    /**
     * Counts the notices of new versions: a read of latest that began before one arrived may have missed the
     * version it announced, so what it read is kept only until the next check.
     */
    private final AtomicLong generation = new AtomicLong();

    @PostConstruct
    void keepUpTo() {
        versions = new Kept<>(maxBytes, version -> 2L * (version.json().length() + version.csv().length()));
    }

    public Rendered latest(String election) {
        Rendered known = knownLatest(election);
        if (known != null) {
            return known;
        }
        long now = System.currentTimeMillis();
        long readAt = generation();
        Integer number = QuarkusTransaction.requiringNew().call(() -> ResultVersion.latest(election).map(v -> v.number).orElse(null));
        Rendered rendered = number == null ? null : version(election, number);
        if (rendered != null) {
            latest.put(election, new Latest(rendered, now, readAt));
        }
        return rendered;
    }

    /**
     * Latest as this replica knows it without a query, or null when it must be read from the database (first read,
     * a notice of a new version, the notices not heard for a second): never blocks, so the event loop may ask.
     */
    public Rendered knownLatest(String election) {
        Latest known = latest.get(election);
        return known != null && current(known.generation(), known.checkedAt(), System.currentTimeMillis()) ? known.rendered() : null;
    }

    /** A version already rendered, or null until it is read (by {@link #version}); never blocks. */
    public Rendered knownVersion(String election, int number) {
        return versions.get(key(election, number));
    }

    /** Where the notices of new versions have come to: what was read before the latest of them may be stale. */
    public long generation() {
        return generation.get();
    }

    /**
     * Whether what was read from the database at {@code checkedAt}, when the notices had come to {@code readAt}, may
     * still be served: until a notice of a new version, or for a second while the notices are not heard.
     */
    public boolean current(long readAt, long checkedAt, long now) {
        return readAt == generation.get() && (notices.listening() || now - checkedAt < LATEST_CHECK_MILLIS);
    }

    public Rendered version(String election, int number) {
        String key = key(election, number);
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

    private static String key(String election, int number) {
        return election + "#" + number;
    }

    /** A newly published version is "latest" at once on this instance. */
    public void published(ResultVersion version) {
        forget(version.electionCode);
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished version) {
        forget(version.electionCode());
    }

    /** Tells every replica, once the publishing transaction commits. */
    void announce(@Observes VersionPublished version) {
        notices.send(VERSION_TOPIC, version.electionCode());
    }

    /** Another replica (or this one) published: first of the observers, so that the others read the new latest. */
    void heard(@Observes @Priority(1) ClusterNotice notice) {
        if (notice.topic().equals(VERSION_TOPIC)) {
            forget(notice.subject());
        } else if (notice.concerns(VERSION_TOPIC)) {
            generation.incrementAndGet();
            latest.clear();
        }
    }

    private void forget(String election) {
        generation.incrementAndGet();
        latest.remove(election);
    }

    private Rendered render(ResultVersion version) {
        try {
            ResultDocument document = ResultDocument.read(version.document, mapper);
            return new Rendered(version.electionCode, version.number, version.status.name(),
                    mapper.writeValueAsString(PublishedVersion.json(version, mapper)), csv(version, document), "\"" + version.electionCode + "-" + version.number + "\"");
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
                    outcome = String.valueOf(contest.allocation().seats().getOrDefault(TabulationService.candidateId(option), 0L));
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
