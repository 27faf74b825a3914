package kz.elections.results.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What is kept stays under its bound of bytes, what was read least recently going first. */
class KeptTest {

    private static Kept<byte[]> kept() {
        return new Kept<>(300, bytes -> bytes.length);
    }

    @Test
    void pastTheBoundWhatWasReadLeastRecentlyGoesFirst() {
        Kept<byte[]> kept = kept();
        kept.put("v1", new byte[100]);
        kept.put("v2", new byte[100]);
        kept.put("v3", new byte[100]);
        assertEquals(300, kept.bytes());
        assertNotNull(kept.get("v1"), "v1 read again: v2 is now the least recently read");
        kept.put("v4", new byte[100]);
        assertNull(kept.get("v2"));
        assertNotNull(kept.get("v1"));
        assertNotNull(kept.get("v3"));
        assertNotNull(kept.get("v4"));
        assertEquals(300, kept.bytes());
    }

    @Test
    void aValueKeptAgainUnderItsKeyCountsOnlyItsNewBytes() {
        Kept<byte[]> kept = kept();
        kept.put("latest", new byte[100]);
        kept.put("latest", new byte[250]);
        assertEquals(250, kept.bytes());
        kept.put("v1", new byte[100]);
        assertNull(kept.get("latest"), "350 bytes: the older went");
        assertEquals(100, kept.bytes());
    }

    @Test
    void aValueLargerThanTheWholeBoundIsNotKeptAndPushesNothingOut() {
        Kept<byte[]> kept = kept();
        kept.put("v1", new byte[100]);
        kept.put("huge", new byte[301]);
        assertNull(kept.get("huge"));
        assertNotNull(kept.get("v1"));
        assertEquals(100, kept.bytes());
    }
}
