package kz.elections.results.audit;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * The audit trail is append-only and hash-chained, for the records of the protocol fast path (one SQL statement)
 * as for those of the ORM path (a correction).
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    DataSource dataSource;

    private static ValidatableResponse verification(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/audit/verification").then();
    }

    /** The audit records of a precinct's first protocol (fast path) and its correction (ORM path). */
    private static List<UUID> acceptedAndCorrected() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        String tabulator = TestTokens.tabulator("KZ-75");
        submit(tabulator, protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);
        Map<String, Object> corrected = protocol(contest, 0, List.of(600L, 700L), 50, 100);
        corrected.put("correctionReason", "Figures of candidates 1 and 2 were swapped");
        submit(tabulator, corrected).statusCode(201);
        List<String> ids = given().auth().oauth2(TestObservers.national())
                .queryParam("entityId", contest.precincts().get(0).toString()).when().get("/api/v1/audit")
                .then().statusCode(200).body("action", equalTo(List.of("protocol.accepted", "protocol.corrected")))
                .extract().path("id");
        return ids.stream().map(UUID::fromString).toList();
    }

    @Test
    void theFastPathsAndTheOrmsRecordsAreSealedIntoAChainThatHolds() throws SQLException {
        List<UUID> records = acceptedAndCorrected();

        verification(TestObservers.national()).statusCode(200)
                .body("firstBrokenLink", nullValue())
                .body("count", greaterThanOrEqualTo(2))
                .body("headHash", matchesPattern("[0-9a-f]{64}"))
                .body("sealedThrough", greaterThanOrEqualTo(1));
        for (UUID record : records) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement sealed = connection.prepareStatement(
                            "select content_hash, chain_hash, sequence from audit_record where id = ?")) {
                sealed.setObject(1, record);
                try (ResultSet row = sealed.executeQuery()) {
                    assertTrue(row.next());
                    assertTrue(row.getString(1).matches("[0-9a-f]{64}") && row.getString(2).matches("[0-9a-f]{64}"),
                            "record " + record + " is sealed");
                    assertTrue(row.getLong(3) > 0);
                }
            }
        }
    }

    @Test
    void anUpdateOrDeleteOfAnAuditRecordIsRefusedByTheDatabase() throws SQLException {
        UUID record = acceptedAndCorrected().get(0);
        try (Connection connection = dataSource.getConnection()) {
            for (String change : List.of("update audit_record set actor = 'someone-else' where id = ?",
                    "update audit_record set chain_hash = null, link = null, content_hash = null where id = ?",
                    "delete from audit_record where id = ?")) {
                try (PreparedStatement statement = connection.prepareStatement(change)) {
                    statement.setObject(1, record);
                    SQLException refused = assertThrows(SQLException.class, statement::executeUpdate, change);
                    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                }
            }
        }
        given().auth().oauth2(TestObservers.national()).queryParam("entityId", record.toString()).when().get("/api/v1/audit")
                .then().statusCode(200);
    }

    @Test
    void aRecordAlteredBehindTheTriggersBackBreaksTheChainThere() throws SQLException {
        UUID record = acceptedAndCorrected().get(0);
        verification(TestTokens.commission("KZ")).statusCode(200).body("firstBrokenLink", nullValue());
        long sequence;
        String original;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "select sequence, after::text from audit_record where id = ?")) {
            read.setObject(1, record);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                sequence = row.getLong(1);
                original = row.getString(2);
            }
        }

        alterBypassingTheTrigger(record, "jsonb_set(after, '{votes}', '[1, 1300]')");
        try {
            verification(TestObservers.national()).statusCode(200)
                    .body("firstBrokenLink.id", equalTo(record.toString()))
                    .body("firstBrokenLink.sequence", equalTo((int) sequence));
        } finally {
            alterBypassingTheTrigger(record, "cast('" + original.replace("'", "''") + "' as jsonb)");
        }
        verification(TestObservers.national()).statusCode(200).body("firstBrokenLink", nullValue());
    }

    @Test
    void onlyCommissionStaffAndObserversVerify() {
        verification(TestTokens.tabulator("KZ-75")).statusCode(403);
        given().when().get("/api/v1/audit/verification").then().statusCode(401);
    }

    /** What someone with the database's owner rights could do: change a record with the triggers off. */
    private void alterBypassingTheTrigger(UUID record, String after) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement replica = connection.prepareStatement("set session_replication_role = replica");
                    PreparedStatement alter = connection.prepareStatement(
                            "update audit_record set after = " + after + " where id = ?")) {
                replica.execute();
                alter.setObject(1, record);
                assertEquals(1, alter.executeUpdate());
            } finally {
                try (PreparedStatement reset = connection.prepareStatement("reset session_replication_role")) {
                    reset.execute();
                }
            }
        }
    }
}
