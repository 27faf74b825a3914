package kz.elections.results.observer;

import java.util.Map;
import java.util.Set;

/**
 * Where an observer's report stands with the precinct's territorial commission: filed, acknowledged, examined, then
 * upheld or dismissed. One step at a time; a decided report does not change again.
 */
public enum ReportState {
    FILED, ACKNOWLEDGED, EXAMINED, UPHELD, DISMISSED;

    private static final Map<ReportState, Set<ReportState>> NEXT = Map.of(
            FILED, Set.of(ACKNOWLEDGED),
            ACKNOWLEDGED, Set.of(EXAMINED),
            EXAMINED, Set.of(UPHELD, DISMISSED),
            UPHELD, Set.of(),
            DISMISSED, Set.of());

    /** Whether the commission may answer a report in this state with {@code next}. */
    public boolean mayBecome(ReportState next) {
        return NEXT.get(this).contains(next);
    }

    /** A decision, which the commission gives with its reasons. */
    public boolean decided() {
        return this == UPHELD || this == DISMISSED;
    }
}
