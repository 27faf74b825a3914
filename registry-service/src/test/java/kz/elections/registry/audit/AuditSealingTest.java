package kz.elections.registry.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.registry.TestTokens;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

/** The sealer links new records into the chain on its own, about a second after they commit. */
@QuarkusTest
class AuditSealingTest {

    @Inject
    DataSource dataSource;

    private boolean sealed(UUID entity) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement unsealed = connection.prepareStatement(
                        "select count(*) filter (where chain_hash is null), count(*) from audit_record where entity_id = ?")) {
            unsealed.setObject(1, entity);
            try (ResultSet counts = unsealed.executeQuery()) {
                counts.next();
                return counts.getLong(1) == 0 && counts.getLong(2) > 0;
            }
        }
    }

    @Test
    void aNewRecordIsSealedWithoutAnyoneAskingAndTheChainHolds() {
        UUID party = UUID.randomUUID();
        PartyClient.apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);

        await().atMost(Duration.ofSeconds(10)).until(() -> sealed(party));
        given().auth().oauth2(TestTokens.observer()).when().get("/api/v1/audit/verification").then().statusCode(200)
                .body("firstBrokenLink", nullValue())
                .body("headHash", matchesPattern("[0-9a-f]{64}"));
    }
}
