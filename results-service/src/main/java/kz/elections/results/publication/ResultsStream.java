package kz.elections.results.publication;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;

import kz.elections.common.cluster.ClusterNotice;
import kz.elections.common.cluster.ClusterNotices;

/**
 * The push feed of election night: each follower of an election hears of every version as it is published, the
 * latest one first. A version published on this replica is announced to its followers once the transaction that
 * stored it commits; one published on any replica reaches every replica's followers through the cluster notice of
 * its commit ({@link ClusterNotices}), read back from the database as the feed's latest.
 */
@ApplicationScoped
public class ResultsStream {

    @Schema(description = "A published result version: fetch it from links.self (JSON) or links.csv for its figures")
    public record VersionNotice(String electionCode, int number, String status, Links links) {

        static VersionNotice of(String electionCode, int number, String status) {
            String base = "/api/v1/elections/" + electionCode + "/results/";
            return new VersionNotice(electionCode, number, status, new Links(base + "versions/" + number,
                    base + "versions/" + number + "?format=csv", base + "changes?since=" + (number - 1)));
        }
    }

    @Schema(description = "Where the version is: its JSON, its CSV, and what changed in it")
    public record Links(String self, String csv, String changes) {
    }

    /** One connection: versions reach it in order, each once, whether it learnt of them from the feed or as latest. */
    private static final class Follower {
        private final MultiEmitter<? super VersionNotice> emitter;
        private int lastSent;

        Follower(MultiEmitter<? super VersionNotice> emitter) {
            this.emitter = emitter;
        }

        synchronized void offer(VersionNotice notice) {
            if (notice.number() > lastSent) {
                lastSent = notice.number();
                emitter.emit(notice);
            }
        }
    }

    @Inject
    ResultsFeed feed;

    @ConfigProperty(name = "tizim.results.stream.heartbeat", defaultValue = "15S")
    Duration heartbeat;

    private final Map<String, Set<Follower>> followers = new ConcurrentHashMap<>();

    /**
     * The versions of an election as they are published, the latest published one first. The follower is listening
     * before the latest is read, so a version published in between is not missed.
     */
    public Multi<VersionNotice> follow(String election) {
        return Multi.createFrom().<VersionNotice>emitter(emitter -> {
            Follower follower = new Follower(emitter);
            Set<Follower> ofElection = followers.computeIfAbsent(election, e -> ConcurrentHashMap.newKeySet());
            ofElection.add(follower);
            emitter.onTermination(() -> ofElection.remove(follower));
            offerLatest(election);
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** How often a quiet connection is told that it is still open (and proxies see traffic on it). */
    public Duration heartbeat() {
        return heartbeat;
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished version) {
        VersionNotice notice = VersionNotice.of(version.electionCode(), version.number(), version.status().name());
        followers.getOrDefault(version.electionCode(), Set.of()).forEach(follower -> follower.offer(notice));
    }

    /** A version published on any replica (after the feed has forgotten its latest: it observes first). */
    void heard(@Observes ClusterNotice notice) {
        if (notice.topic().equals(ResultsFeed.VERSION_TOPIC)) {
            offerLatest(notice.subject());
        } else if (notice.concerns(ResultsFeed.VERSION_TOPIC)) {
            followers.keySet().forEach(this::offerLatest);
        }
    }

    private void offerLatest(String election) {
        Set<Follower> ofElection = followers.getOrDefault(election, Set.of());
        if (ofElection.isEmpty()) {
            return;
        }
        ResultsFeed.Rendered latest = feed.latest(election);
        if (latest != null) {
            VersionNotice notice = VersionNotice.of(election, latest.number(), latest.status());
            ofElection.forEach(follower -> follower.offer(notice));
        }
    }
}
