package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;
import kz.elections.testing.JsonShape;

/**
 * The published result document (contracts/results/result-document.json) as typed records: what a version stores has
 * exactly the sample's shape, the sample reads into {@link ResultDocument} and writes back unchanged, the feed serves the
 * stored contests, and a document stored before later fields existed still reads back.
 */
@QuarkusTest
class ResultDocumentContractTest {

    private static final String SAMPLE = "results/result-document.json";

    @Inject
    ObjectMapper json;

    /**
     * An election of every kind of contest a document holds: a list, a district with a winner, a district declared not
     * held; published as version 1, certified as version 2, and version 3 when one party named its elected (so the list's
     * elected carry the parties' deadline). The stored document of version 3.
     */
    private JsonNode published() {
        TestContest list = TestContest.partyList(10, List.of("A", "B"), List.of(1, 2));
        submit(TestTokens.tabulator("KZ"), protocol(list, 0, List.of(700L, 300L), 0, 0)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(list, 1, List.of(700L, 300L), 0, 0)).statusCode(201);
        TestContest district = TestContest.anotherDistrict(list, "smd-75-01", List.of("C", "D"), List.of("KZ-75"));
        submit(TestTokens.tabulator("KZ"), protocol(district, 0, List.of(600L, 400L), 10, 20)).statusCode(201);
        TestContest notHeld = TestContest.anotherDistrict(list, "smd-75-02", List.of("E", "F"), List.of("KZ-75"));
        Map<String, Object> stray = protocol(notHeld, 0, List.of(1L, 2L), 0, 0);
        stray.put("precinct", UUID.randomUUID().toString());
        submit(TestTokens.tabulator("KZ"), stray).statusCode(400);
        given().auth().oauth2(TestTokens.commission("carol", "KZ-75")).contentType(ContentType.JSON)
                .body(Map.of("reason", "The polling station was flooded"))
                .when().post("/api/v1/contests/{code}/not-held", notHeld.code()).then().statusCode(201);
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/elections/{code}/results", list.election()).then().statusCode(201);
        given().auth().oauth2(TestTokens.commission("bob", "KZ")).when()
                .post("/api/v1/elections/{code}/results/versions/1/certification", list.election()).then().statusCode(201);
        String b = list.refs().get(1).toString();
        List<UUID> bList = list.listCandidates().get("B");
        given().auth().oauth2(TestTokens.token().roles("party-agent").claim("party", b).sign()).contentType(ContentType.JSON)
                .body(Map.of("candidates", List.of(bList.get(0), bList.get(1), bList.get(4))))
                .when().put("/api/v1/contests/{code}/elected/{party}", list.code(), b).then().statusCode(200);
        return QuarkusTransaction.requiringNew().call(() -> ResultVersion.version(list.election(), 3).orElseThrow().document);
    }

    @Test
    void aPublishedDocumentHasTheShapeOfTheContractSample() throws IOException {
        JsonNode stored = published();

        Path actual = Path.of("target", "result-document.actual.json");
        // In the records' field order, as the sample is written.
        Files.writeString(actual, json.writerWithDefaultPrettyPrinter().writeValueAsString(ResultDocument.read(stored, json)) + "\n");
        assertEquals(JsonShape.ofContract(SAMPLE), JsonShape.of(stored.toString()), "the stored document is in " + actual);
    }

    @Test
    void theSampleReadsIntoTheRecordsAndWritesBackUnchanged() throws IOException {
        JsonNode sample = json.readTree(Files.readString(Path.of("..", "contracts").resolve(SAMPLE)));

        ResultDocument document = ResultDocument.read(sample, json);

        assertEquals(sample, tree(document));
        assertEquals(3, document.contests().size());
        assertEquals(document.notHeld().get(0).contestCode(), document.contests().get(2).notHeld().contestCode());
    }

    @Test
    void theFeedServesTheStoredContests() {
        JsonNode stored = published();
        String election = stored.path("electionCode").asText();

        String feed = given().when().get("/api/v1/elections/{code}/results/versions/3", election).then().statusCode(200)
                .extract().asString();

        JsonNode served = readTree(feed);
        assertEquals(tree(ResultDocument.read(stored, json)).path("contests"), served.path("contests"));
        assertEquals(stored.path("notHeld"), served.path("notHeld"));
    }

    @Test
    void aDocumentStoredBeforeLaterFieldsExistedStillReadsBack() throws IOException {
        ObjectNode older = (ObjectNode) json.readTree(Files.readString(Path.of("..", "contracts").resolve(SAMPLE)));
        older.remove("notHeld");
        older.withArray("contests").forEach(contest -> {
            ((ObjectNode) contest).remove(List.of("elected", "notHeld"));
            contest.withArray("units").forEach(unit -> ((ObjectNode) unit).remove("options"));
        });

        ResultDocument document = ResultDocument.read(older, json);

        assertEquals(List.of(), document.declaredNotHeld());
        assertNull(document.contests().get(0).elected());
        assertNull(document.contests().get(0).units().get(0).options());
        assertEquals(older.path("contests").get(0).path("nation").path("tookPart").asLong(),
                document.contests().get(0).nation().tookPart());
    }

    /** As text and back: numbers compare by value, not by the Java type that wrote them. */
    private JsonNode tree(Object value) {
        try {
            return json.readTree(json.writeValueAsString(value));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
