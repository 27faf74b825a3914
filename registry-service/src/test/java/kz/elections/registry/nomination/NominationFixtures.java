package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.party.PartyFixtures;

/** Valid candidates and nomination requests, as mutable maps so a test can break exactly one field. */
public final class NominationFixtures {

    private NominationFixtures() {
    }

    public static Map<String, Object> person() {
        return person(PartyFixtures.iin());
    }

    public static Map<String, Object> person(String iin) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("iin", iin);
        person.put("surnameKk", "Әбілов");
        person.put("nameKk", "Ерлан");
        person.put("patronymicKk", "Серікұлы");
        person.put("surnameRu", "Абилов");
        person.put("nameRu", "Ерлан");
        person.put("patronymicRu", "Серикович");
        person.put("birthDate", LocalDate.of(1980, 5, 17).toString());
        person.put("sex", "MALE");
        person.put("residenceYears", 40);
        person.put("occupation", "инженер");
        person.put("residence", "Алматы қаласы");
        person.put("education", "жоғары");
        person.put("noCriminalRecord", true);
        person.put("legallyCapable", true);
        return person;
    }

    public static Map<String, Object> self(String contest, Map<String, Object> person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contest", contest);
        body.put("route", "SELF");
        body.put("person", person);
        return body;
    }

    /** A one-name list of the party's {@code member}, a woman (the 30 % quota of one name), submitted; its id. */
    public static String oneWomanList(java.util.UUID party, String member, String contest) {
        Map<String, Object> woman = person(member);
        woman.put("sex", "FEMALE");
        woman.put("quotaCategory", "WOMAN");
        return given().auth().oauth2(kz.elections.registry.TestTokens.partyAgent(party)).contentType(ContentType.JSON)
                .body(Map.of("contest", contest, "partyId", party.toString(), "candidates", java.util.List.of(woman)))
                .when().post("/api/v1/party-lists").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse submit(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/nominations").then();
    }
}
