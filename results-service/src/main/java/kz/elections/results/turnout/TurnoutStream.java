package kz.elections.results.turnout;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Turnout in the push feed of election day ({@code …/results/stream}, event {@code turnout}): each follower of an
 * election hears, once a report commits, which unit and time changed, with links to the figures. Like the versions,
 * per instance: followers hear of the reports their own instance stored.
 */
@ApplicationScoped
public class TurnoutStream {

    @Schema(description = "A unit's turnout at a reporting time changed: fetch links.json or links.csv for the figures")
    public record TurnoutNotice(String electionCode, String time, String unitCode, Links links) {

        static TurnoutNotice of(TurnoutService.Reported reported) {
            String base = "/api/v1/elections/" + reported.electionCode() + "/turnout";
            return new TurnoutNotice(reported.electionCode(), TurnoutApi.clock(reported.time()), reported.unitCode(),
                    new Links(base, base + "?format=csv"));
        }
    }

    @Schema(description = "Where the election's turnout is, as JSON and as CSV")
    public record Links(String json, String csv) {
    }

    private final Map<String, Set<MultiEmitter<? super TurnoutNotice>>> followers = new ConcurrentHashMap<>();

    /** The turnout reports of an election as they are stored, from now on. */
    public Multi<TurnoutNotice> follow(String election) {
        return Multi.createFrom().emitter(emitter -> {
            Set<MultiEmitter<? super TurnoutNotice>> ofElection = followers.computeIfAbsent(election,
                    e -> ConcurrentHashMap.newKeySet());
            ofElection.add(emitter);
            emitter.onTermination(() -> ofElection.remove(emitter));
        });
    }

    void reported(@Observes(during = TransactionPhase.AFTER_SUCCESS) TurnoutService.Reported reported) {
        Set<MultiEmitter<? super TurnoutNotice>> ofElection = followers.get(reported.electionCode());
        if (ofElection != null && !ofElection.isEmpty()) {
            TurnoutNotice notice = TurnoutNotice.of(reported);
            ofElection.forEach(emitter -> emitter.emit(notice));
        }
    }
}
