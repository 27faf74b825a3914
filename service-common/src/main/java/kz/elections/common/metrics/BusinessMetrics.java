package kz.elections.common.metrics;

import java.util.regex.Pattern;

import io.micrometer.core.instrument.Metrics;

/**
 * Counters of what the services decide (protocols accepted and refused, nominations filed and decided),
 * exported at {@code /q/metrics} as {@code <name>_total}. One line at the place of the decision. Labels
 * name kinds, rules and election ids, never a person: a value carrying an IIN-like run of 12 digits is
 * refused here rather than exported.
 */
public final class BusinessMetrics {

    private static final Pattern IIN_LIKE = Pattern.compile(".*\\d{12}.*");

    private BusinessMetrics() {
    }

    /** Adds one to counter {@code name} with {@code tags} given as name, value, name, value… */
    public static void count(String name, String... tags) {
        for (int i = 1; i < tags.length; i += 2) {
            if (tags[i] == null || IIN_LIKE.matcher(tags[i]).matches()) {
                throw new IllegalArgumentException("Metric " + name + " label " + tags[i - 1] + " must name a kind, not a person");
            }
        }
        Metrics.counter(name, tags).increment();
    }
}
