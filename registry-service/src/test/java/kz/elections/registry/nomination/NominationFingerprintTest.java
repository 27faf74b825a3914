package kz.elections.registry.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.common.idempotency.RequestFingerprints;
import kz.elections.law.list.QuotaCategory;
import kz.elections.law.nomination.Route;
import kz.elections.registry.nomination.NominationApi.DisabilityCertificate;
import kz.elections.registry.nomination.NominationApi.NominationRequest;
import kz.elections.registry.nomination.NominationApi.Person;
import kz.elections.registry.nomination.NominationApi.Sex;

/**
 * Nominations store their request's fingerprint and compare a retry's with it: the fingerprint is the one of its
 * definition for every value a nomination request can hold, with the service's own mapper.
 */
@QuarkusTest
class NominationFingerprintTest {

    @Inject
    ObjectMapper json;

    @Inject
    RequestFingerprints fingerprints;

    private void sameAsDefinition(Object body) {
        assertEquals(RequestFingerprints.byDefinition(json, "POST", NominationResource.PATH, body),
                fingerprints.fingerprint("POST", NominationResource.PATH, body), String.valueOf(body));
    }

    @Test
    void aNominationsFingerprintIsTheOneOfItsDefinition() {
        Person person = new Person("790101300128", "Әбілов", "Ерлан \"Еркін\"", null, "Абилов", "Ерлан", "Ерланович",
                LocalDate.of(1979, 1, 1), Sex.MALE, 150, QuotaCategory.DISABILITY, "инженер \\ 😀", "Астана\n2",
                "высшее \u0001 \u2028 𝔸", true, false, new DisabilityCertificate("МСЭ-1", LocalDate.of(2020, 2, 29)),
                "");
        sameAsDefinition(new NominationRequest("mazhilis-2023.smd-75-03", Route.PARTY,
                UUID.fromString("6f1c2a3b-0000-4000-8000-00000000abcd"), "Жастар", person, 10_000_000, 0));
        Person bare = new Person(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
        sameAsDefinition(new NominationRequest("", Route.SELF, null, null, bare, null, null));
        sameAsDefinition(new NominationRequest(null, null, null, null, null, null, null));
    }
}
