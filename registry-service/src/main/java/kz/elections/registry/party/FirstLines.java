package kz.elections.registry.party;

/**
 * The line where each IIN of a member list first appears, so that a repeat is marked as the duplicate of that line. A
 * 12-digit IIN is a number below 10^12, so it is kept as a long in an open-addressing table: a million members take
 * some 24 MB, where a map of hashes and boxed lines took several times that.
 */
final class FirstLines {

    private long[] keys; // IIN + 1; 0 is a free slot
    private int[] lines;
    private int size;

    FirstLines(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        lines = new int[capacity];
    }

    /** The line where {@code iin} (12 digits) appeared first, or null if this is its first line. */
    Integer putIfAbsent(String iin, int line) {
        long key = Long.parseLong(iin) + 1;
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return lines[slot];
            }
            if (keys[slot] == 0) {
                keys[slot] = key;
                lines[slot] = line;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return null;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
