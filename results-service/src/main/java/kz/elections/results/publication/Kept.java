package kz.elections.results.publication;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * What the results are served from, kept up to a number of bytes: past it, what was read least recently goes first.
 * A published version stays correct for ever, but an election night publishes a version every few minutes and
 * readers soon ask only for the latest; without a bound every version's document, bytes and pages (per language and
 * host) would stay in memory for the life of the process. What went is read or rendered again by its next reader.
 */
public final class Kept<V> {

    private final long maxBytes;
    private final ToLongFunction<V> size;
    private final LinkedHashMap<String, V> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** @param size the bytes a value holds */
    public Kept(long maxBytes, ToLongFunction<V> size) {
        this.maxBytes = maxBytes;
        this.size = size;
    }

    public synchronized V get(String key) {
        return kept.get(key);
    }

    /** Keeps the value, unless it alone is over the bound; then lets the least recently read go until under it. */
    public synchronized void put(String key, V value) {
        long added = size.applyAsLong(value);
        if (added > maxBytes) {
            return;
        }
        V before = kept.put(key, value);
        bytes += added - (before == null ? 0 : size.applyAsLong(before));
        Iterator<Map.Entry<String, V>> eldest = kept.entrySet().iterator();
        while (bytes > maxBytes) {
            bytes -= size.applyAsLong(eldest.next().getValue());
            eldest.remove();
        }
    }

    public synchronized long bytes() {
        return bytes;
    }
}
