package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;
import kz.elections.verifier.FeedVerifier;

/**
 * Published result versions form a hash chain: each carries the digest of the one before it and the audit chain's head,
 * and a digest over its public JSON that the observer's verifier recomputes from the feed; a version changed in the
 * database is named by the verification.
 */
@QuarkusTest
class VersionChainTest {

    private static final String DIGEST = "[0-9a-f]{64}";

    @Inject
    DataSource dataSource;

    @Inject
    VersionChaining chaining;

    /** A district with versions 1, 2 (after a second precinct) and 3 (its certification). */
    private static TestContest threeVersions() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String tabulator = TestTokens.tabulator("KZ");
        submit(tabulator, protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        publish(contest, null);
        submit(tabulator, protocol(contest, 1, List.of(500L, 400L), 30, 20)).statusCode(201);
        publish(contest, "the second precinct reported");
        given().auth().oauth2(TestTokens.commission("bob", "KZ")).when()
                .post("/api/v1/elections/{code}/results/versions/2/certification", contest.election())
                .then().statusCode(201).body("number", equalTo(3));
        return contest;
    }

    private static void publish(TestContest contest, String reason) {
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON)
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse verification(String election) {
        return given().auth().oauth2(TestObservers.national()).when()
                .get("/api/v1/elections/{code}/results/verification", election).then();
    }

    private static String verifier(String election) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = new FeedVerifier(new PrintStream(printed, true, StandardCharsets.UTF_8))
                .verify(URI.create("http://localhost:" + RestAssured.port), election);
        String output = printed.toString(StandardCharsets.UTF_8);
        return status + " " + output;
    }

    /** Changes a version behind the table's trigger, as a superuser could (triggers off for the session). */
    private void tamper(String sql, String election, int number) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement session = connection.createStatement();
                PreparedStatement update = connection.prepareStatement(sql + " where election_code = ? and number = ?")) {
            session.execute("set session_replication_role = replica");
            try {
                update.setString(1, election);
                update.setInt(2, number);
                assertEquals(1, update.executeUpdate());
            } finally {
                session.execute("set session_replication_role = origin");
            }
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAPublishedVersion() {
        String election = threeVersions().election();
        for (String sql : List.of("update result_version set reason = 'nothing to see'",
                "update result_version set digest = null", "delete from result_version")) {
            SQLException refused = assertThrows(SQLException.class, () -> {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement change = connection.prepareStatement(sql + " where election_code = ? and number = 3")) {
                    change.setString(1, election);
                    change.executeUpdate();
                }
            }, sql);
            assertTrue(refused.getMessage().contains("result_version is immutable"), refused.getMessage());
        }
        verification(election).statusCode(200).body("firstBrokenVersion", nullValue());
    }

    @Test
    void eachVersionLinksToTheOneBeforeAndTheVerifierChecksTheFeed() {
        TestContest contest = threeVersions();
        String election = contest.election();

        JsonPath chain = given().when().get("/api/v1/elections/{code}/results/versions", election).then().statusCode(200)
                .body("electionCode", equalTo(election))
                .body("versions.number", equalTo(List.of(1, 2, 3)))
                .body("versions[0].previousDigest", nullValue())
                .body("versions[2].links.self", equalTo("/api/v1/elections/" + election + "/results/versions/3"))
                .extract().jsonPath();
        for (int i = 0; i < 3; i++) {
            assertTrue(chain.getString("versions[" + i + "].digest").matches(DIGEST), chain.prettify());
            assertTrue(chain.getString("versions[" + i + "].auditHead").matches(DIGEST), chain.prettify());
        }
        assertEquals(chain.getString("versions[0].digest"), chain.getString("versions[1].previousDigest"));
        assertEquals(chain.getString("versions[1].digest"), chain.getString("versions[2].previousDigest"));
        given().when().get("/api/v1/elections/{code}/results/versions/2", election).then().statusCode(200)
                .body("digest", equalTo(chain.getString("versions[1].digest")))
                .body("previousDigest", equalTo(chain.getString("versions[0].digest")))
                .body("auditHead", equalTo(chain.getString("versions[1].auditHead")));
        // The publication's audit record names the digest of what it published.
        given().auth().oauth2(TestObservers.national()).queryParam("action", "results.certified").when().get("/api/v1/audit")
                .then().statusCode(200).body("find { it.after.election == '" + election + "' }.after.digest",
                        equalTo(chain.getString("versions[2].digest")));

        String run = verifier(election);
        assertTrue(run.startsWith(FeedVerifier.HOLDS + " "), run);
        assertTrue(run.contains("OK: 3 version(s) of " + election + ", head digest " + chain.getString("versions[2].digest")), run);
        verification(election).statusCode(200).body("versions", equalTo(3)).body("firstBrokenVersion", nullValue())
                .body("headDigest", equalTo(chain.getString("versions[2].digest")));
    }

    @Test
    void aVersionAlteredInTheDatabaseIsNamed() throws SQLException {
        String election = threeVersions().election();
        verification(election).statusCode(200).body("firstBrokenVersion", nullValue());

        tamper("update result_version set document = jsonb_set(document, '{contests,0,nation,tookPart}', '1')", election, 2);

        verification(election).statusCode(200).body("versions", equalTo(3))
                .body("firstBrokenVersion.number", equalTo(2))
                .body("firstBrokenVersion.problem", containsString("does not match its digest"));
    }

    @Test
    void aVersionRedigestedAfterItWasAlteredBreaksTheNextLink() throws SQLException {
        String election = threeVersions().election();

        tamper("update result_version set reason = 'nothing to see', digest = repeat('0', 64)", election, 2);

        verification(election).statusCode(200).body("firstBrokenVersion.number", equalTo(2));
        tamper("update result_version set previous_digest = repeat('0', 64)", election, 3);
        verification(election).statusCode(200).body("firstBrokenVersion.number", equalTo(2));
    }

    @Test
    void versionsPublishedBeforeChainingAreLinkedWhenTheServiceStarts() throws SQLException {
        String election = threeVersions().election();
        for (int number = 1; number <= 3; number++) {
            tamper("update result_version set previous_digest = null, audit_head = null, digest = null", election, number);
        }
        verification(election).statusCode(200).body("firstBrokenVersion.number", equalTo(1));

        chaining.onStart(null);

        verification(election).statusCode(200).body("versions", equalTo(3)).body("firstBrokenVersion", nullValue())
                .body("headDigest", matchesPattern(DIGEST));
        given().when().get("/api/v1/elections/{code}/results/versions", election).then().statusCode(200)
                .body("versions.auditHead", equalTo(java.util.Arrays.asList(null, null, null)));
    }

    @Test
    void theVerificationIsForTheCommissionAndObservers() {
        String election = threeVersions().election();
        given().when().get("/api/v1/elections/{code}/results/verification", election).then().statusCode(401);
        given().auth().oauth2(TestTokens.tabulator("KZ")).when().get("/api/v1/elections/{code}/results/verification", election)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).when()
                .get("/api/v1/elections/{code}/results/verification", election).then().statusCode(200);
        given().when().get("/api/v1/elections/{code}/results/versions", "no-such-election").then().statusCode(404);
    }
}
