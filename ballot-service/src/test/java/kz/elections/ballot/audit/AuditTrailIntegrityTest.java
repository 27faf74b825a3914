package kz.elections.ballot.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.ballot.TestTokens;
import kz.elections.ballot.stub.RegistryStub;

/** Ballot-service's audit trail: records are sealed into a chain that verifies, and the table refuses changes. */
@QuarkusTest
class AuditTrailIntegrityTest {

    @Inject
    DataSource dataSource;

    /** A precinct import: one audit record. */
    private static void importAPrecinct() {
        ObjectNode registrations = RegistryStub.sample();
        String contest = "a-" + UUID.randomUUID().toString().substring(0, 8) + ".smd-75-01";
        ((ObjectNode) registrations.get("contest")).put("code", contest).put("unitCode", "KZ-75");
        RegistryStub.put(registrations);
        String number = String.valueOf(100_000 + (int) (Math.random() * 800_000));
        given().auth().oauth2(TestTokens.commission("KZ-75")).contentType("text/csv; charset=UTF-8")
                .body("number,unit_code,address,voters,contests\n" + number + ",KZ-75,Алматы қ. Сәтбаев к. 5,101," + contest + "\n")
                .when().post("/api/v1/precincts/imports").then().statusCode(200).body("precincts", equalTo(1));
    }

    @Test
    void recordsAreSealedIntoAChainThatVerifiesAndTheTableRefusesChanges() throws SQLException {
        importAPrecinct();

        given().auth().oauth2(TestTokens.commission("KZ")).when().get("/api/v1/audit/verification").then().statusCode(200)
                .body("firstBrokenLink", nullValue())
                .body("count", greaterThanOrEqualTo(1));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String change : new String[] {"update audit_record set action = 'precincts.forged'",
                    "delete from audit_record", "truncate audit_record"}) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
    }
}
