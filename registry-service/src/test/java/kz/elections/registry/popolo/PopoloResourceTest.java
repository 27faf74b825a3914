package kz.elections.registry.popolo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

@QuarkusTest
class PopoloResourceTest {

    private static Map<String, Object> registered;

    /**
     * One election for all these tests, as they only read: every party registered in a run adds 5,000 random member
     * IINs, and each one more makes a collision with another party's members (a refused registration) likelier.
     */
    private static synchronized Map<String, Object> electionWithARegisteredList() {
        if (registered == null) {
            registered = registerList();
        }
        return registered;
    }

    /** An open Mazhilis election with one registered list of ten of the party's members, three of them women. */
    private static Map<String, Object> registerList() {
        String election = ElectionFixtures.openMazhilis();
        List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> person = NominationFixtures.person(members.get(i));
            person.put("nameKk", "Ерлан" + i);
            if (i < 3) {
                person.put("sex", "FEMALE");
                person.put("quotaCategory", "WOMAN");
            }
            candidates.add(person);
        }
        JsonPath filed = given().auth().oauth2(TestTokens.partyAgent(party)).contentType(ContentType.JSON)
                .body(Map.of("contest", election + ".list", "partyId", party.toString(), "candidates", candidates))
                .when().post("/api/v1/party-lists").then().statusCode(201).extract().jsonPath();
        String list = filed.getString("id");
        long deposit = filed.getLong("depositDue");
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("amount", deposit))
                .when().post("/api/v1/party-lists/{id}/deposit", list).then().statusCode(200);
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("action", "REGISTER"))
                .when().post("/api/v1/party-lists/{id}/decisions", list).then().statusCode(200);
        return Map.of("election", election, "party", party, "iins", members.subList(0, 10));
    }

    @Test
    void theRegistryIsPopoloWithCandidatesTheirPartyTheirPostAndStableIds() {
        Map<String, Object> setup = electionWithARegisteredList();
        String election = (String) setup.get("election");
        UUID party = (UUID) setup.get("party");

        JsonPath popolo = given().queryParam("election", election).when().get("/api/v1/popolo")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertEquals(10, popolo.getList("persons").size());
        assertEquals(10, popolo.getList("memberships").size());
        assertEquals(30, popolo.getList("posts").size(), "the list contest and the 29 districts");
        Map<String, Object> first = popolo.getMap("memberships.find { it.list_position == 1 }");
        assertEquals("party:" + party, first.get("on_behalf_of_id"));
        assertEquals("post:" + election + ".list", first.get("post_id"));
        assertEquals("body:MAZHILIS", first.get("organization_id"));
        assertEquals("candidate", first.get("role"));
        Map<String, Object> person = popolo.getMap("persons.find { it.id == '" + first.get("person_id") + "' }");
        assertEquals("Әбілов Ерлан0 Серікұлы", person.get("name"));
        assertEquals("1980", person.get("birth_date"));
        assertEquals("Абилов Ерлан Серикович", popolo.getString("persons.find { it.id == '" + first.get("person_id")
                + "' }.other_names[0].name"));
        assertEquals("ru", popolo.getString("persons[0].other_names[0].note"));
        assertEquals(69, popolo.getInt("posts.find { it.id == 'post:" + election + ".list' }.seats"));
        assertEquals("ocd-division/country:kz", popolo.getString("posts.find { it.id == 'post:" + election + ".list' }.area_id"));
        assertEquals("party", popolo.getString("organizations.find { it.id == 'party:" + party + "' }.classification"));
    }

    @Test
    void everyIdAMembershipNamesExists() {
        String election = (String) electionWithARegisteredList().get("election");

        JsonPath popolo = given().queryParam("election", election).when().get("/api/v1/popolo").then().statusCode(200)
                .extract().jsonPath();

        Set<String> persons = new HashSet<>(popolo.getList("persons.id"));
        Set<String> organizations = new HashSet<>(popolo.getList("organizations.id"));
        Set<String> posts = new HashSet<>(popolo.getList("posts.id"));
        for (Map<String, Object> m : popolo.<Map<String, Object>>getList("memberships")) {
            assertTrue(persons.contains(m.get("person_id")), m.toString());
            assertTrue(organizations.contains(m.get("organization_id")), m.toString());
            assertTrue(posts.contains(m.get("post_id")), m.toString());
            assertTrue(organizations.contains(m.get("on_behalf_of_id")), m.toString());
        }
        for (Map<String, Object> post : popolo.<Map<String, Object>>getList("posts")) {
            assertTrue(organizations.contains(post.get("organization_id")), post.toString());
        }
    }

    @Test
    void noIinNorDateOfBirthIsPublished() {
        Map<String, Object> setup = electionWithARegisteredList();
        @SuppressWarnings("unchecked")
        List<String> iins = (List<String>) setup.get("iins");

        String body = given().queryParam("election", setup.get("election")).when().get("/api/v1/popolo").then()
                .statusCode(200).extract().asString();

        for (String iin : iins) {
            assertFalse(body.contains(iin), "an IIN in the Popolo document");
            assertFalse(body.contains(iin.substring(0, 4) + "******"), "a masked IIN in the Popolo document");
        }
        assertFalse(body.contains("1980-05-17"), "a date of birth in the Popolo document");
        assertFalse(body.contains("quota") || body.contains("WOMAN") || body.contains("FEMALE"), body);
    }

    @Test
    void theSamePersonKeepsItsIdAcrossReads() {
        String election = (String) electionWithARegisteredList().get("election");

        List<String> first = given().queryParam("election", election).when().get("/api/v1/popolo").then().extract().path("persons.id");
        List<String> again = given().when().get("/api/v1/popolo").then().statusCode(200).extract().path("persons.id");

        assertTrue(again.containsAll(first));
        assertTrue(first.stream().allMatch(id -> id.matches("person:[0-9a-f]{24}")), first.toString());
    }

    @Test
    void itIsPublicCacheableAndReadableFromAnySite() {
        String election = (String) electionWithARegisteredList().get("election");

        Response first = given().header("Origin", "https://news.example").queryParam("election", election)
                .when().get("/api/v1/popolo");
        first.then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Cache-Control", containsString("max-age=60"));
        String etag = first.getHeader("ETag");
        given().header("If-None-Match", etag).queryParam("election", election).when().get("/api/v1/popolo")
                .then().statusCode(304);
        given().header("If-None-Match", "\"other\"").queryParam("election", election).when().get("/api/v1/popolo")
                .then().statusCode(200).header("ETag", equalTo(etag));
        given().queryParam("election", "no-such-election").when().get("/api/v1/popolo")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
