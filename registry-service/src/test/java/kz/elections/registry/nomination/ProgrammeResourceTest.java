package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

/** The candidate's public record with the place of work, and election programmes (CL Art. 37, 44). */
@QuarkusTest
class ProgrammeResourceTest {

    private static final int MAX = 20_000;

    private static ValidatableResponse publish(String token, String path, Object id, String textKk, String textRu) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("textKk", textKk, "textRu", textRu))
                .when().put(path, id).then();
    }

    private static ValidatableResponse publishForCandidate(String token, String id, String textKk, String textRu) {
        return publish(token, "/api/v1/nominations/{id}/programme", id, textKk, textRu);
    }

    private static void decide(String path, String id, Map<String, Object> body) {
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(body)
                .when().post(path, id).then().statusCode(200);
    }

    @Test
    void aRegisteredCandidatePublishesAProgrammeOfAtMost20000CharactersShownOnThePublicPage() {
        String citizen = TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
        Map<String, Object> person = NominationFixtures.person();
        person.put("placeOfWork", "«Алматы Су» ЖШС");
        String id = NominationFixtures.submit(citizen,
                NominationFixtures.self(ElectionFixtures.openMazhilis() + ".smd-75-01", person)).statusCode(201)
                .extract().path("id");

        publishForCandidate(citizen, id, "Бағдарлама", "Программа").statusCode(409)
                .body("currentState", equalTo("PENDING"));
        given().get("/api/v1/candidates/{id}", id).then().statusCode(404);
        decide("/api/v1/nominations/{id}/deposit", id, Map.of("amount", 15 * 85000));
        decide("/api/v1/nominations/{id}/decisions", id, Map.of("action", "REGISTER"));
        given().get("/api/v1/candidates/{id}", id).then().statusCode(200).body("programme", nullValue());

        publishForCandidate(citizen, id, "Қ".repeat(MAX + 1), "Программа").statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("textKk")))
                .body("violations[0].message", containsString("20000"));
        publishForCandidate(citizen, id, "Қ".repeat(MAX), "Ж".repeat(MAX)).statusCode(200);
        publishForCandidate(citizen, id, "Жұмыс орындары\nЖаңа мектеп", "Рабочие места").statusCode(200)
                .body("source", equalTo("CANDIDATE"));

        given().get("/api/v1/candidates/{id}", id).then().statusCode(200)
                .body("candidate.placeOfWork", equalTo("«Алматы Су» ЖШС"))
                .body("programme.textKk", equalTo("Жұмыс орындары\nЖаңа мектеп"))
                .body(not(containsString((String) person.get("iin"))))
                .body(not(containsString((String) person.get("birthDate"))));
        given().get("/ui/candidates/{id}?lang=en", id).then().statusCode(200)
                .body(containsString("«Алматы Су» ЖШС")).body(containsString("Рабочие места"))
                .body(containsString("Election programme"));
        given().get("/ui/contests/{code}", given().get("/api/v1/candidates/{id}", id).path("contest").toString())
                .then().statusCode(200).body(containsString("/ui/candidates/" + id));
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", id).get("/api/v1/audit").then()
                .body("action", hasItem("programme.published"));
    }

    @Test
    void onlyTheCandidateOrItsPartyPublishes() {
        String citizen = TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
        String id = NominationFixtures.submit(citizen,
                NominationFixtures.self(ElectionFixtures.openMazhilis() + ".smd-75-01", NominationFixtures.person()))
                .statusCode(201).extract().path("id");
        decide("/api/v1/nominations/{id}/deposit", id, Map.of("amount", 15 * 85000));
        decide("/api/v1/nominations/{id}/decisions", id, Map.of("action", "REGISTER"));

        given().contentType(ContentType.JSON).body(Map.of("textKk", "а", "textRu", "а"))
                .put("/api/v1/nominations/{id}/programme", id).then().statusCode(401);
        publishForCandidate(TestTokens.citizen(), id, "а", "а").statusCode(404);
        publishForCandidate(TestTokens.partyAgent(UUID.randomUUID()), id, "а", "а").statusCode(404);
        publishForCandidate(TestTokens.centralCommission(), id, "а", "а").statusCode(403);
        publishForCandidate(TestTokens.observer(), id, "а", "а").statusCode(403);
        given().get("/api/v1/candidates/{id}", id).then().statusCode(200).body("programme", nullValue());
    }

    @Test
    void aPartyPublishesTheProgrammeOfItsRegisteredListForEachOfItsCandidates() {
        List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);
        String list = NominationFixtures.oneWomanList(party, members.get(0), ElectionFixtures.openMazhilis() + ".list");
        String listPath = "/api/v1/party-lists/{id}/programme";

        publish(TestTokens.partyAgent(party), listPath, list, "Тізім", "Список").statusCode(409);
        decide("/api/v1/party-lists/{id}/deposit", list, Map.of("amount", 15 * 85000));
        decide("/api/v1/party-lists/{id}/decisions", list, Map.of("action", "REGISTER"));
        publish(TestTokens.partyAgent(UUID.randomUUID()), listPath, list, "Тізім", "Список").statusCode(404);
        publish(TestTokens.citizen(), listPath, list, "Тізім", "Список").statusCode(403);
        publish(TestTokens.partyAgent(party), listPath, list, "Тізім бағдарламасы", "Программа списка").statusCode(200)
                .body("source", equalTo("LIST"));

        String candidate = given().auth().oauth2(TestTokens.partyAgent(party)).get("/api/v1/party-lists/{id}", list)
                .then().statusCode(200).extract().path("candidates[0].id");
        publishForCandidate(TestTokens.partyAgent(party), candidate, "а", "а").statusCode(409);
        given().get("/api/v1/candidates/{id}", candidate).then().statusCode(200)
                .body("programme.source", equalTo("LIST")).body("programme.textRu", equalTo("Программа списка"));
    }
}
