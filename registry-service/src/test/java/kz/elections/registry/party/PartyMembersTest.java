package kz.elections.registry.party;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.party.PartyClient.apply;
import static kz.elections.registry.party.PartyClient.uploadMembers;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import kz.elections.registry.TestTokens;

@QuarkusTest
class PartyMembersTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void countsMembersPerUnitAndPassesAtTheThresholds() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);

        uploadMembers(TestTokens.partyAgent(party), party, PartyFixtures.csv(PartyFixtures.members(250)))
                .statusCode(200)
                .body("rows", equalTo(5000))
                .body("report.passed", equalTo(true))
                .body("report.rules.find { it.rule == 'MEMBERS_TOTAL' }.actual", equalTo("5000"))
                .body("report.rules.find { it.rule == 'MEMBERS_TOTAL' }.required", equalTo("≥ 5000"))
                .body("report.rules.find { it.rule == 'MEMBERS_PER_UNIT' }.outcome", equalTo("PASS"));
    }

    @Test
    void reportListsEveryUnitBelow200() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        List<String> members = PartyFixtures.members(260);
        // Drop members of KZ-10 (index 0 of every 20) until it has 199, and all of KZ-79 (index 19).
        List<String> kept = new ArrayList<>();
        int kz10 = 0;
        for (int i = 0; i < members.size(); i++) {
            int unit = i % 20;
            if (unit == 0 && ++kz10 > 199) {
                kept.add(null);
            } else if (unit == 19) {
                kept.add(null);
            } else {
                kept.add(members.get(i));
            }
        }
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i) != null) {
                csv.append(kept.get(i)).append(',').append(PartyFixtures.UNITS.get(i % 20)).append('\n');
            }
        }

        uploadMembers(TestTokens.partyAgent(party), party, csv.toString())
                .statusCode(200)
                .body("report.passed", equalTo(false))
                .body("report.rules.find { it.rule == 'MEMBERS_PER_UNIT' }.outcome", equalTo("FAIL"))
                .body("report.rules.find { it.rule == 'MEMBERS_PER_UNIT' }.details", equalTo(List.of("KZ-10: 199", "KZ-79: 0")));
    }

    @Test
    void malformedLinesAreNamedAndNothingIsStored() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        String csv = "iin,unit_code\n" + PartyFixtures.iin() + ",KZ-75\n" + "12345,KZ-75\n" + PartyFixtures.iin() + ",KZ-00\n"
                + PartyFixtures.iin() + "\n";

        uploadMembers(TestTokens.partyAgent(party), party, csv)
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("line 3", "line 4", "line 5")))
                .body("detail", containsString("nothing was stored"));

        given().auth().oauth2(TestTokens.partyAgent(party)).when().get("/api/v1/parties/applications/{id}", party)
                .then().statusCode(200).body("memberRows", nullValue());
        assertEquals(0, storedRows(party));
    }

    @Test
    void neverStoresAnIinInPlainText() throws Exception {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        String iin = PartyFixtures.iin();
        uploadMembers(TestTokens.partyAgent(party), party, iin + ",KZ-75\n").statusCode(200);

        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement(
                        "select encode(iin_hash, 'hex'), length(iin_hash) from party_member where party_id = ?")) {
            query.setObject(1, party);
            try (var rows = query.executeQuery()) {
                rows.next();
                assertFalse(rows.getString(1).contains(iin));
                assertEquals(32, rows.getInt(2));
            }
        }
        given().auth().oauth2(TestTokens.observer()).queryParam("entityId", party).when().get("/api/v1/audit")
                .then().statusCode(200).body(not(containsString(iin)));
    }

    @Test
    void theDatabaseRefusesAMemberOfAnUnknownPartyOrUnit() throws Exception {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        uploadMembers(TestTokens.partyAgent(party), party, PartyFixtures.iin() + ",KZ-75\n").statusCode(200);
        try (var connection = dataSource.getConnection()) {
            for (Object[] row : List.of(new Object[] {UUID.randomUUID(), "KZ-75"}, new Object[] {party, "KZ-00"})) {
                try (var insert = connection.prepareStatement(
                        "insert into party_member (party_id, line, iin_hash, unit_code) values (?, 99, '\\x00', ?)")) {
                    insert.setObject(1, row[0]);
                    insert.setString(2, (String) row[1]);
                    SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
                    assertEquals("23503", refused.getSQLState());
                }
            }
            try (var update = connection.prepareStatement("update party_member set unit_code = 'KZ-11' where party_id = ?");
                    var delete = connection.prepareStatement("delete from party where id = ?")) {
                update.setObject(1, party);
                assertEquals("23503", assertThrows(SQLException.class, update::executeUpdate).getSQLState());
                delete.setObject(1, party);
                assertEquals("23503", assertThrows(SQLException.class, delete::executeUpdate).getSQLState());
            }
        }
    }

    @Test
    void flagsIinsRepeatedWithinTheListAndCountsThemOnce() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        String repeated = PartyFixtures.iin();
        String csv = repeated + ",KZ-75\n" + PartyFixtures.iin() + ",KZ-75\n" + repeated + ",KZ-71\n";

        uploadMembers(TestTokens.partyAgent(party), party, csv)
                .statusCode(200)
                .body("rows", equalTo(3))
                .body("report.rules.find { it.rule == 'MEMBERS_TOTAL' }.actual", equalTo("2"))
                .body("report.rules.find { it.rule == 'DUPLICATE_MEMBERS' }.outcome", equalTo("WARN"))
                .body("report.rules.find { it.rule == 'DUPLICATE_MEMBERS' }.details", equalTo(List.of("line 3")));
    }

    @Test
    void membersCountedForARegisteredPartyDoNotCountAgain() {
        List<String> first = PartyFixtures.members(250);
        PartyClient.registered(first);

        UUID second = UUID.randomUUID();
        apply(TestTokens.partyAgent(second), PartyFixtures.application()).statusCode(201);
        List<String> overlapping = new ArrayList<>(PartyFixtures.members(250));
        overlapping.set(0, first.get(0));
        overlapping.set(1, first.get(1));

        uploadMembers(TestTokens.partyAgent(second), second, PartyFixtures.csv(overlapping))
                .statusCode(200)
                .body("report.rules.find { it.rule == 'MEMBERS_OF_OTHER_PARTIES' }.outcome", equalTo("WARN"))
                .body("report.rules.find { it.rule == 'MEMBERS_OF_OTHER_PARTIES' }.details", equalTo(List.of("line 2", "line 3")))
                .body("report.rules.find { it.rule == 'MEMBERS_TOTAL' }.actual", equalTo("4998"))
                .body("report.rules.find { it.rule == 'MEMBERS_TOTAL' }.outcome", equalTo("FAIL"));
    }

    @Test
    void uploadReplacesTheEarlierList() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        uploadMembers(TestTokens.partyAgent(party), party, PartyFixtures.csv(PartyFixtures.members(3))).statusCode(200);
        uploadMembers(TestTokens.partyAgent(party), party, PartyFixtures.csv(PartyFixtures.members(1)))
                .statusCode(200).body("rows", equalTo(20));
        assertEquals(20, storedRows(party));
        given().auth().oauth2(TestTokens.observer()).queryParam("entityId", party).when().get("/api/v1/audit")
                .then().body("action", hasItems("party.applied", "party.members-uploaded")).body("", hasSize(3));
    }

    @Test
    void emptyListAndWrongContentTypeAreRefused() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        uploadMembers(TestTokens.partyAgent(party), party, "iin,unit_code\n")
                .statusCode(400).body("violations.field", hasItem("members"));
        given().auth().oauth2(TestTokens.partyAgent(party)).contentType("application/json").body("{}")
                .when().put("/api/v1/parties/applications/{id}/members", party)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void staleIfMatchIs412() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        given().auth().oauth2(TestTokens.partyAgent(party)).header("If-Match", "\"7\"").contentType("text/csv")
                .body(PartyFixtures.csv(PartyFixtures.members(1)))
                .when().put("/api/v1/parties/applications/{id}/members", party)
                .then().statusCode(412).contentType("application/problem+json");
        assertEquals(0, storedRows(party));
    }

    @Test
    void regionalCommissionAndOtherRolesCannotUpload() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        String csv = PartyFixtures.csv(PartyFixtures.members(1));
        uploadMembers(TestTokens.regionalCommission("KZ-75"), party, csv).statusCode(403);
        uploadMembers(TestTokens.citizen(), party, csv).statusCode(403);
        uploadMembers(TestTokens.observer(), party, csv).statusCode(403);
        assertEquals(0, storedRows(party));
    }

    private int storedRows(UUID party) {
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("select count(*) from party_member where party_id = ?")) {
            query.setObject(1, party);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
