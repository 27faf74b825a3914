package kz.elections.results.err;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * Published versions as NIST SP 1500-100 v2 ElectionReports: the figures, seats, against all and winners equal the
 * version's; the report keeps to the schema's structure ({@link ErrStructure}); the status follows the version's.
 */
@QuarkusTest
class ErrResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALICE = TestTokens.commission("alice", "KZ");
    private static final String BOB = TestTokens.commission("bob", "KZ");
    private static final String BASE = "/api/v1/elections/{code}/results/";

    private static void publish(String election, String reason) {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(reason == null ? Map.of() : Map.of("reason", reason))
                .when().post(BASE.substring(0, BASE.length() - 1), election).then().statusCode(201);
    }

    private static JsonNode report(String path, Object... parameters) {
        String body = given().when().get(BASE + path, parameters).then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();
        try {
            JsonNode report = JSON.readTree(body);
            assertEquals(List.of(), ErrStructure.problems(report), "the report keeps to the ERR schema's structure");
            return report;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> which) {
        for (JsonNode node : array) {
            if (which.test(node)) {
                return node;
            }
        }
        return null;
    }

    private static JsonNode byId(JsonNode array, String id) {
        return find(array, n -> id.equals(n.path("@id").asText()));
    }

    /** The Count of {@code selection}'s VoteCounts for the GpUnit, of Type total or (seats) other/seats. */
    private static long count(JsonNode selection, String gpUnit, boolean seats) {
        JsonNode counts = find(selection.get("VoteCounts"), c -> gpUnit.equals(c.path("GpUnitId").asText())
                && (seats ? "seats".equals(c.path("OtherType").asText()) : "total".equals(c.path("Type").asText())));
        assertNotNull(counts, selection.path("@id").asText() + " has " + (seats ? "seats" : "votes") + " for " + gpUnit);
        return counts.get("Count").asLong();
    }

    private static JsonNode contest(JsonNode report) {
        return report.get("Election").get(0).get("Contest").get(0);
    }

    @Test
    void aListContestsVotesSeatsAgainstAllAndBallotsAreTheVersions() {
        TestContest contest = TestContest.partyList(10, List.of("A", "B"), List.of(1, 2));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 300L), 5, 20)).statusCode(201);
        publish(contest.election(), null);
        JsonNode partial = report("latest/err", contest.election());
        assertEquals("unofficial-partial", partial.get("Status").asText(), "one of two precincts reported");
        assertEquals("summary-contest", partial.get("Format").asText());

        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(710L, 290L), 3, 10)).statusCode(201);
        publish(contest.election(), "the second precinct");
        JsonPath published = given().when().get(BASE + "versions/2", contest.election()).then().statusCode(200)
                .extract().jsonPath();
        JsonNode report = report("versions/{n}/err", contest.election(), 2);

        assertEquals("unofficial-complete", report.get("Status").asText());
        assertEquals(2, report.get("SequenceStart").asInt());
        assertEquals(2, report.get("SequenceEnd").asInt());
        assertEquals(published.getString("asOf"), report.get("GeneratedDate").asText());
        assertTrue(report.get("Issuer").asText().contains("Election Commission"));
        JsonNode list = contest(report);
        assertEquals("ElectionResults.PartyContest", list.get("@type").asText());
        assertEquals(ErrExport.NATION, list.get("ElectoralDistrictId").asText());
        assertEquals("proportional", list.get("VoteVariation").asText());
        assertEquals(2, list.get("SubUnitsReported").asInt());
        assertEquals(2, list.get("TotalSubUnits").asInt());
        long seats = 0;
        for (int i = 0; i < 2; i++) {
            JsonNode selection = list.get("BallotSelection").get(i);
            String party = "party-" + contest.refs().get(i);
            assertEquals("ElectionResults.PartySelection", selection.get("@type").asText());
            assertEquals(party, selection.get("PartyIds").get(0).asText());
            assertEquals(published.getLong("contests[0].options[" + i + "].votes"), count(selection, ErrExport.NATION, false));
            long partySeats = published.getLong(contest.seatsPath("contests[0].", contest.options().get(i)));
            assertEquals(partySeats, count(selection, ErrExport.NATION, true), "seats as VoteCounts other/seats");
            seats += partySeats;
            assertEquals(published.getLong("contests[0].units.find { it.unitCode == 'KZ-71' }.options[" + i + "].votes"),
                    count(selection, "gpu-KZ-71", false));
            assertEquals(contest.options().get(i), byId(report.get("Party"), party).get("Abbreviation").asText());
        }
        assertEquals(10, seats);
        JsonNode againstAll = list.get("BallotSelection").get(2);
        assertEquals("ElectionResults.BallotMeasureSelection", againstAll.get("@type").asText());
        assertEquals("sel-" + contest.code() + "-against-all", againstAll.get("@id").asText());
        assertEquals(30, count(againstAll, ErrExport.NATION, false));
        assertEquals(10, count(againstAll, "gpu-KZ-71", false));
        assertTrue(againstAll.toString().contains("Против всех"));
        JsonNode ballots = find(list.get("SummaryCounts"), s -> ErrExport.NATION.equals(s.get("GpUnitId").asText()));
        assertEquals(published.getLong("contests[0].nation.tookPart"), ballots.get("BallotsCast").asLong());
        assertEquals(8, ballots.get("BallotsRejected").asLong());

        JsonNode nation = byId(report.get("GpUnit"), ErrExport.NATION);
        assertEquals("country", nation.get("Type").asText());
        assertEquals("ocd-division/country:kz", find(nation.get("ExternalIdentifier"),
                i -> "ocd-id".equals(i.get("Type").asText())).get("Value").asText());
        assertEquals(2, nation.get("SubUnitsReported").asInt());
        assertEquals(6000, nation.get("VotersRegistered").asLong());
        assertEquals(published.getLong("contests[0].nation.tookPart"), nation.get("VotersParticipated").asLong());
        JsonNode almaty = byId(report.get("GpUnit"), "gpu-KZ-75");
        assertEquals(1, almaty.get("TotalSubUnits").asInt());
        assertEquals(1, almaty.get("SubUnitsReported").asInt());
    }

    @Test
    void theStatusFollowsTheVersionAndTheWinnerIsProjectedThenCertifiedAndACorrectionSaysSo() {
        TestContest contest = TestContest.district(List.of("A", "B"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(700L, 600L), 50, 100)).statusCode(201);
        publish(contest.election(), null);
        String a = "cand-" + contest.refs().get(0);
        String b = "cand-" + contest.refs().get(1);

        JsonNode provisional = report("versions/{n}/err", contest.election(), 1);
        assertEquals("unofficial-complete", provisional.get("Status").asText());
        JsonNode candidates = provisional.get("Election").get(0).get("Candidate");
        assertEquals("projected-winner", byId(candidates, a).get("PostElectionStatus").asText());
        assertNull(byId(candidates, b).get("PostElectionStatus"));
        assertEquals("person-" + contest.refs().get(0), byId(candidates, a).get("PersonId").asText());
        JsonNode district = contest(provisional);
        assertEquals("ElectionResults.CandidateContest", district.get("@type").asText());
        assertEquals(1, district.get("NumberElected").asInt());
        assertEquals(1, district.get("VotesAllowed").asInt());
        assertEquals("plurality", district.get("VoteVariation").asText());
        assertEquals("gpu-" + contest.code(), district.get("ElectoralDistrictId").asText());
        assertEquals(1400, count(district.get("BallotSelection").get(0), "gpu-" + contest.code(), false));
        assertEquals(200, count(district.get("BallotSelection").get(2), "gpu-" + contest.code(), false), "against all");
        JsonNode gpDistrict = byId(provisional.get("GpUnit"), "gpu-" + contest.code());
        assertEquals("ocd-division/country:kz/city:75/mazhilis_district:3", find(gpDistrict.get("ExternalIdentifier"),
                i -> "ocd-id".equals(i.get("Type").asText())).get("Value").asText());
        JsonNode almaty = byId(provisional.get("GpUnit"), "gpu-KZ-75");
        assertEquals("city", almaty.get("Type").asText());
        assertEquals("ocd-division/country:kz/city:75", almaty.get("ExternalIdentifier").get(0).get("Value").asText());
        assertTrue(almaty.get("ComposingGpUnitIds").toString().contains("gpu-" + contest.code()));

        given().auth().oauth2(BOB).when().post(BASE + "versions/{n}/certification", contest.election(), 1).then().statusCode(201);
        JsonNode certified = report("latest/err", contest.election());
        assertEquals("certified", certified.get("Status").asText());
        assertEquals(2, certified.get("SequenceEnd").asInt());
        assertEquals("winner", byId(certified.get("Election").get(0).get("Candidate"), a).get("PostElectionStatus").asText());

        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(Map.of("reason", "a recount by court order"))
                .when().post(BASE + "reopening", contest.election()).then().statusCode(201);
        Map<String, Object> corrected = protocol(contest, 0, List.of(500L, 800L), 50, 100);
        corrected.put("correctionReason", "A and B were swapped");
        submit(TestTokens.tabulator("KZ"), corrected).statusCode(201);
        publish(contest.election(), "recounted");
        JsonNode correction = report("versions/{n}/err", contest.election(), 3);
        assertEquals("correction", correction.get("Status").asText());
        JsonNode corrections = correction.get("Election").get(0).get("Candidate");
        assertEquals("projected-winner", byId(corrections, b).get("PostElectionStatus").asText());
        assertNull(byId(corrections, a).get("PostElectionStatus"));
        assertEquals("certified", report("versions/{n}/err", contest.election(), 2).get("Status").asText(),
                "an earlier version's report does not change");
    }

    @Test
    void thePrecinctLevelReportGivesEachPrecinctAsTheVersionCountedIt() {
        TestContest contest = TestContest.district(List.of("A", "B"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(300L, 200L), 5, 10)).statusCode(201);
        publish(contest.election(), null);
        Map<String, Object> corrected = protocol(contest, 0, List.of(500L, 800L), 50, 100);
        corrected.put("correctionReason", "A and B were swapped");
        submit(TestTokens.tabulator("KZ"), corrected).statusCode(201);

        JsonNode report = report("latest/err/precincts", contest.election());
        assertEquals("precinct-level", report.get("Format").asText());
        List<String> reported = new ArrayList<>();
        report.get("GpUnit").forEach(u -> {
            if ("precinct".equals(u.get("Type").asText())) {
                reported.add(u.get("@id").asText());
            }
        });
        assertEquals(java.util.Set.of("gpu-precinct-" + contest.precincts().get(0), "gpu-precinct-" + contest.precincts().get(1)),
                java.util.Set.copyOf(reported));
        List<String> precincts = List.of("gpu-precinct-" + contest.precincts().get(0), "gpu-precinct-" + contest.precincts().get(1));
        JsonNode first = byId(report.get("GpUnit"), precincts.get(0));
        assertEquals("1001", first.get("Number").asText());
        assertEquals(3000, first.get("VotersRegistered").asLong());
        assertEquals(1450, first.get("VotersParticipated").asLong());
        JsonNode a = contest(report).get("BallotSelection").get(0);
        assertEquals(700, count(a, precincts.get(0), false), "as version 1 counted it, not the later correction");
        assertEquals(300, count(a, precincts.get(1), false));
        assertEquals(count(a, "gpu-" + contest.code(), false), count(a, precincts.get(0), false) + count(a, precincts.get(1), false));
        assertEquals(100, count(contest(report).get("BallotSelection").get(2), precincts.get(0), false), "against all");
        assertTrue(byId(report.get("GpUnit"), "gpu-" + contest.code()).get("ComposingGpUnitIds").toString()
                .contains(precincts.get(1)));
        assertEquals(report.toString(), report("versions/{n}/err/precincts", contest.election(), 1).toString());
    }

    @Test
    void aVersionIsCachedByItsETagAndAnUnknownOneIsAProblem() {
        TestContest contest = TestContest.district(List.of("A", "B"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        publish(contest.election(), null);

        ValidatableResponse first = given().when().get(BASE + "versions/1/err", contest.election()).then().statusCode(200)
                .header("Cache-Control", containsString("immutable"));
        String etag = first.extract().header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).when().get(BASE + "versions/1/err", contest.election()).then().statusCode(304);
        given().header("If-None-Match", etag).when().get(BASE + "latest/err", contest.election()).then().statusCode(304)
                .header("Cache-Control", containsString("max-age=5"));
        String precinctEtag = given().when().get(BASE + "latest/err/precincts", contest.election()).then().statusCode(200)
                .extract().header("ETag");
        assertTrue(!precinctEtag.equals(etag), "the two formats have their own ETags");
        given().header("If-None-Match", precinctEtag).when().get(BASE + "versions/1/err/precincts", contest.election())
                .then().statusCode(304);
        given().header("Origin", "https://news.example").when().get(BASE + "latest/err", contest.election()).then()
                .statusCode(200).header("Access-Control-Allow-Origin", "*");

        given().when().get(BASE + "versions/9/err", contest.election()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("9"));
        given().when().get(BASE + "versions/9/err/precincts", contest.election()).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get(BASE + "latest/err", "test-no-such-election").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get(BASE + "latest/err/precincts", "test-no-such-election").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("text/csv").when().get(BASE + "latest/err", contest.election()).then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void theReportHasTheShapeOfTheContractSampleAndNamesTheListsElected() throws IOException {
        TestContest list = TestContest.partyList(10, List.of("A", "B"), List.of(1, 2));
        submit(TestTokens.tabulator("KZ"), protocol(list, 0, List.of(700L, 300L), 4, 6)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(list, 1, List.of(700L, 300L), 0, 0)).statusCode(201);
        TestContest district = TestContest.anotherDistrict(list, "smd-75-01", List.of("C", "D"), List.of("KZ-75"));
        submit(TestTokens.tabulator("KZ"), protocol(district, 0, List.of(600L, 400L), 10, 20)).statusCode(201);
        publish(list.election(), null);
        given().auth().oauth2(BOB).when().post(BASE + "versions/{n}/certification", list.election(), 1).then().statusCode(201);
        String b = list.refs().get(1).toString();
        List<java.util.UUID> bList = list.listCandidates().get("B");
        List<java.util.UUID> named = List.of(bList.get(0), bList.get(1), bList.get(4)); // Бекова makes the quota
        given().auth().oauth2(TestTokens.token().roles("party-agent").claim("party", b).sign()).contentType(ContentType.JSON)
                .body(Map.of("candidates", named)).when().put("/api/v1/contests/{code}/elected/{party}", list.code(), b)
                .then().statusCode(200);

        JsonNode report = report("versions/{n}/err", list.election(), 3);

        java.nio.file.Path actual = java.nio.file.Path.of("target", "err-election-report.actual.json");
        java.nio.file.Files.writeString(actual, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        assertEquals(kz.elections.testing.JsonShape.ofContract("results/err-election-report.json"),
                kz.elections.testing.JsonShape.of(report.toString()), "the report is in " + actual);
        assertEquals("certified", report.get("Status").asText());
        JsonNode candidates = report.get("Election").get(0).get("Candidate");
        for (java.util.UUID nomination : named) {
            JsonNode elected = byId(candidates, "cand-" + nomination);
            assertEquals("winner", elected.get("PostElectionStatus").asText());
            assertEquals("party-" + b, elected.get("PartyId").asText());
            assertEquals("party-" + b, byId(report.get("Person"), "person-" + nomination).get("PartyId").asText());
        }
        assertEquals("winner", byId(candidates, "cand-" + district.refs().get(0)).get("PostElectionStatus").asText());
    }

    @Test
    void theErrOperationsAreDescribedWithTheirSchemaAndEveryProblem() {
        ValidatableResponse api = given().accept("application/json").when().get("/q/openapi").then().statusCode(200);
        for (String path : List.of("latest/err", "versions/{number}/err", "latest/err/precincts",
                "versions/{number}/err/precincts")) {
            String op = "paths.'/api/v1/elections/{code}/results/" + path + "'.get.";
            api.body(op + "description", containsString("Public"))
                    .body(op + "responses.'200'.content.'application/json'.schema", notNullValue())
                    .body(op + "responses.'304'.description", notNullValue());
            for (String status : List.of("404", "406", "503")) {
                api.body(op + "responses.'" + status + "'.content.'application/problem+json'", notNullValue());
            }
        }
        api.body("paths.'/api/v1/elections/{code}/results/latest/err'.get.responses.'200'.content.'application/json'.examples",
                notNullValue());
        api.body("paths.'/api/v1/elections/{code}/results/latest/err'.get.description", containsString("against-all"))
                .body("paths.'/api/v1/elections/{code}/results/latest/err'.get.summary", equalTo(
                        "The latest result version as an ERR ElectionReport (NIST SP 1500-100 v2)"));
    }
}
