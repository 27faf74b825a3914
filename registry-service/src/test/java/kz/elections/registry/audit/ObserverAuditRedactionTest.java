package kz.elections.registry.audit;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.nomination.NominationFixtures.person;
import static kz.elections.registry.nomination.NominationFixtures.self;
import static kz.elections.registry.nomination.NominationFixtures.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

/** Observers read the audit trail without personal data beyond the public, and without a party's internals: its pre-check's outcome, not its details. */
@QuarkusTest
class ObserverAuditRedactionTest {

    private static ValidatableResponse auditOf(String token, Object entity) {
        return given().auth().oauth2(token).queryParam("entityId", entity.toString()).when().get("/api/v1/audit")
                .then().statusCode(200);
    }

    /** The key names an observer never meets, at any depth ({@code "iin} covers iinMasked too). */
    private static void carriesNoneOfTheWithheldKeys(ValidatableResponse response) {
        for (String key : List.of("\"birthDate\"", "\"sex\"", "\"iin", "\"members\"", "\"memberRows\"",
                "\"initiativeGroup\"", "\"report\"", "\"rules\"")) {
            response.body(not(containsString(key)));
        }
    }

    @Test
    void anObserverSeesAPendingNomineesYearOfBirthButNotTheDateSexOrIin() {
        String election = ElectionFixtures.openMazhilis();
        String citizen = TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
        String nomination = submit(citizen, self(election + ".smd-75-01", person())).statusCode(201).extract().path("id");

        ValidatableResponse observed = auditOf(TestTokens.observer(), nomination)
                .body("[0].action", equalTo("nomination.submitted"))
                .body("[0].after.person.yearOfBirth", equalTo(1980))
                .body("[0].after.person.surnameKk", equalTo("Әбілов"))
                .body("[0].after.status", equalTo("PENDING"));
        carriesNoneOfTheWithheldKeys(observed);

        auditOf(TestTokens.centralCommission(), nomination)
                .body("[0].after.person.birthDate", equalTo("1980-05-17"))
                .body("[0].after.person.sex", equalTo("MALE"))
                .body("[0].after.person.iinMasked", containsString("******"))
                .body("[0].after", hasKey("report"));
    }

    @Test
    void anObserverSeesAPartyApplicationsDecisionButNotItsMembersFoundersOrPrecheckDetails() {
        UUID party = PartyClient.registered(PartyFixtures.members(250));

        ValidatableResponse observed = auditOf(TestTokens.observer(), party)
                .body("action", equalTo(List.of("party.applied", "party.members-uploaded", "party.registered")))
                .body("[2].after.party.status", equalTo("REGISTERED"))
                .body("[2].after.party.registrationNumber", notNullValue())
                .body("[2].after.precheck.passed", equalTo(true));
        carriesNoneOfTheWithheldKeys(observed);

        auditOf(TestTokens.centralCommission(), party)
                .body("[0].after.initiativeGroup.size", equalTo(700))
                .body("[1].after.memberRows", notNullValue())
                .body("[2].after.precheck.rules", notNullValue());
    }
}
