package kz.elections.ballot.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.ballot.registry.RegistryGateway;
import kz.elections.ballot.registry.Registrations;
import kz.elections.ballot.stub.RegistryStub;

/**
 * ballot-service's side of the registry contract: the sample the registry's own test holds its response
 * to (contracts/registry/contest-registrations.json) reads into everything a ballot is composed from.
 */
@QuarkusTest
class RegistryContractTest {

    @Inject
    RegistryGateway registry;

    @Test
    void theContractSampleReadsIntoEveryFieldABallotNeeds() {
        RegistryStub.put(RegistryStub.sample());

        Registrations registrations = registry.registrations("mazhilis-2023.smd-75-03");

        assertEquals("mazhilis-2023.smd-75-03", registrations.contest().code());
        assertEquals("mazhilis-2023", registrations.contest().electionCode());
        assertEquals("SINGLE_MANDATE", registrations.contest().kind());
        assertEquals("KZ-75", registrations.contest().unitCode());
        assertEquals(java.time.LocalDate.of(2023, 3, 19), registrations.electionDay());
        Registrations.Candidate candidate = registrations.candidates().get(0);
        assertNotNull(candidate.nominationId());
        assertEquals("Ысқақов", candidate.surnameKk());
        assertEquals("Бауыржан", candidate.nameKk());
        assertEquals("Серікұлы", candidate.patronymicKk());
        assertEquals("Искаков", candidate.surnameRu());
        assertEquals("Серикович", candidate.patronymicRu());
        assertEquals("self-nominated", candidate.nominatedBy());
        Registrations.RegisteredList list = registrations.lists().get(0);
        assertNotNull(list.partyId());
        assertEquals("«AMANAT» партиясы", list.partyNameKk());
        assertEquals("Партия «AMANAT»", list.partyNameRu());
        assertEquals("AMANAT", list.partyShortName());
        assertEquals(1L, list.partyRegistrationNumber());
    }
}
