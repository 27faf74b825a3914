package kz.elections.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.common.idempotency.RequestFingerprints;
import kz.elections.results.protocol.ProtocolApi.OptionVotes;
import kz.elections.results.protocol.ProtocolApi.ProtocolRequest;
import kz.elections.results.turnout.TurnoutApi.TurnoutRequest;

/**
 * Protocols and turnout reports store their request's fingerprint and compare a retry's with it: the fingerprint
 * is the one of its definition for every value these requests can hold, with the service's own mapper.
 */
@QuarkusTest
class RequestFingerprintsCompatibilityTest {

    private static final UUID PRECINCT = UUID.fromString("6f1c2a3b-0000-4000-8000-00000000abcd");
    private static final String HASH = "0123456789abcdef".repeat(4);

    @Inject
    ObjectMapper json;

    @Inject
    RequestFingerprints fingerprints;

    private void sameAsDefinition(String path, Object body) {
        assertEquals(RequestFingerprints.byDefinition(json, "POST", path, body), fingerprints.fingerprint("POST", path, body),
                String.valueOf(body));
    }

    @Test
    void aProtocolsFingerprintIsTheOneOfItsDefinition() {
        sameAsDefinition("/api/v1/protocols", new ProtocolRequest("mazhilis-2023.smd-75-03", PRECINCT, HASH, 1_000_000L,
                null, 0L, 999_999L, 1L, 700L, 5L, 12L, List.of(new OptionVotes(2, 300L), new OptionVotes(1, 400L)),
                "Ошибка в строке 7: «исправлено» \"quoted\" \\ \n 😀"));
        sameAsDefinition("/api/v1/protocols", new ProtocolRequest("", PRECINCT, HASH, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L,
                List.of(), null));
        sameAsDefinition("/api/v1/protocols", new ProtocolRequest(null, null, null, null, null, null, null, null, null,
                null, null, Arrays.asList(new OptionVotes(null, null), null), ""));
    }

    @Test
    void aTurnoutReportsFingerprintIsTheOneOfItsDefinition() {
        String path = "/api/v1/elections/mazhilis-2023/turnout/reports";
        sameAsDefinition(path, new TurnoutRequest("mazhilis-2023.smd-75-03", PRECINCT, "10:00", 1_000_000L, null,
                "Қате: «түзетілді» \u0001 \u2028 𝔸"));
        sameAsDefinition(path, new TurnoutRequest("", PRECINCT, "23:59", 0L, 0L, ""));
        sameAsDefinition(path, new TurnoutRequest(null, null, null, null, null, null));
    }
}
