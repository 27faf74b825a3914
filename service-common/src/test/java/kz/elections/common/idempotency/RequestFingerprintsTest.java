package kz.elections.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The fingerprint written straight into the digest is the one of its definition (the record rendered, read back,
 * written canonically): fingerprints stored with protocols, nominations and turnout reports stay valid.
 */
class RequestFingerprintsTest {

    enum Kind { SELF, PARTY }

    /** Properties declared out of alphabetical order, so the sorting shows. */
    record Inner(String zeta, LocalDate alpha, Kind kind, List<Long> numbers) {
    }

    record Outer(String title, UUID id, Long big, Integer small, Boolean flag, OffsetDateTime at, Inner inner,
            List<Inner> inners, List<String> texts, String aLast) {
    }

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final RequestFingerprints fingerprints = fingerprints(json);

    static RequestFingerprints fingerprints(ObjectMapper json) {
        RequestFingerprints fingerprints = new RequestFingerprints();
        fingerprints.json = json;
        fingerprints.sortedWriter();
        return fingerprints;
    }

    private void sameAsDefinition(Object body) {
        assertEquals(RequestFingerprints.byDefinition(json, "POST", "/api/v1/things", body),
                fingerprints.fingerprint("POST", "/api/v1/things", body), String.valueOf(body));
    }

    @Test
    void awkwardValuesGiveTheFingerprintOfTheDefinition() {
        Inner inner = new Inner("Әбілов \"quoted\" \\ / \n\t\u0001 \u007f\u0080\u00a0\uffff \u2028 😀 𝔸", LocalDate.of(1, 1, 1), Kind.PARTY,
                Arrays.asList(Long.MIN_VALUE, 0L, null, Long.MAX_VALUE));
        sameAsDefinition(new Outer("Ысқақов", UUID.fromString("00000000-0000-0000-0000-000000000001"), Long.MAX_VALUE,
                Integer.MIN_VALUE, true, OffsetDateTime.parse("2026-03-10T08:00:00.123456789+05:00"), inner,
                List.of(inner, new Inner(null, null, null, null)), List.of("", "a", "ü"), "z"));
    }

    @Test
    void nullsAndEmptyListsGiveTheFingerprintOfTheDefinition() {
        sameAsDefinition(new Outer(null, null, null, null, null, null, null, null, null, null));
        sameAsDefinition(new Outer("", null, 0L, 0, false, null, new Inner("", null, null, List.of()), List.of(),
                new ArrayList<>(), ""));
        sameAsDefinition(null);
        sameAsDefinition("a plain string");
        sameAsDefinition(List.of(1, 2, 3));
    }

    @Test
    void anotherValueGivesAnotherFingerprint() {
        Inner a = new Inner("x", null, Kind.SELF, List.of(1L, 2L));
        Inner b = new Inner("x", null, Kind.SELF, List.of(2L, 1L));
        assertNotEquals(fingerprints.fingerprint("POST", "/p", a), fingerprints.fingerprint("POST", "/p", b));
        assertNotEquals(fingerprints.fingerprint("POST", "/p", a), fingerprints.fingerprint("POST", "/q", a));
    }
}
