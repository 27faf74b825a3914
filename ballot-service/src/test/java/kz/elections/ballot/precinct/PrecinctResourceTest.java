package kz.elections.ballot.precinct;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import kz.elections.ballot.TestTokens;
import kz.elections.ballot.stub.RegistryStub;

@QuarkusTest
class PrecinctResourceTest {

    private static final String HEADER = "number,unit_code,address,voters,contests\n";

    /** A district contest of the unit in the registry stub; returns its code. */
    private static String contest(String unit) {
        ObjectNode registrations = RegistryStub.sample();
        String code = "p-" + UUID.randomUUID().toString().substring(0, 8) + ".smd-" + unit.substring(3) + "-01";
        ((ObjectNode) registrations.get("contest")).put("code", code).put("unitCode", unit);
        RegistryStub.put(registrations);
        return code;
    }

    private static ValidatableResponse upload(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/precincts/imports").then();
    }

    @Test
    void importsPrecinctsAndServesThemByContestWithPrintQuantities() {
        String district = contest("KZ-75");
        String number = String.valueOf(100_000 + (int) (Math.random() * 800_000));
        String csv = HEADER
                + number + ",KZ-75,\"Алматы қ., Абай даңғылы, 10\",2999," + district + "\n"
                + (Integer.parseInt(number) + 1) + ",KZ-75,Алматы қ. Сәтбаев к. 5,101," + district + "\n";

        upload(TestTokens.commission("KZ-75"), csv).statusCode(200).body("precincts", equalTo(2)).body("contests", equalTo(1));

        given().queryParam("contest", district).when().get("/api/v1/precincts")
                .then().statusCode(200)
                .body("precincts", equalTo(2))
                .body("voters", equalTo(3100))
                .body("items[0].address", equalTo("Алматы қ., Абай даңғылы, 10"));
        given().auth().oauth2(TestTokens.observer()).when().get("/api/v1/contests/{code}/print-run", district)
                .then().statusCode(200)
                .body("precincts.ballots", equalTo(List.of(3029, 103)))
                .body("units[0].ballots", equalTo(3132))
                .body("ballots", equalTo(3132));
    }

    @Test
    void aListSentTwiceAtOnceAndThenAgainReplacesItsPrecinctsWithoutAnError() {
        String district = contest("KZ-75");
        int first = 900_000 + (int) (Math.random() * 90_000);
        StringBuilder csv = new StringBuilder(HEADER);
        StringBuilder again = new StringBuilder(HEADER);
        for (int i = 0; i < 300; i++) {
            csv.append(first + i).append(",KZ-75,Адрес ").append(i).append(",100,").append(district).append('\n');
            again.append(first + i).append(",KZ-75,Адрес ").append(i).append(",200,").append(district).append('\n');
        }
        String token = TestTokens.commission("KZ-75");
        // Two commission members sending the same list at the same moment: both are stored, one after the other.
        List<CompletableFuture<Integer>> both = IntStream.range(0, 2)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> upload(token, csv.toString()).extract().statusCode()))
                .toList();
        assertEquals(List.of(200, 200), both.stream().map(CompletableFuture::join).toList());

        upload(token, again.toString()).statusCode(200).body("precincts", equalTo(300));
        given().queryParam("contest", district).when().get("/api/v1/precincts")
                .then().statusCode(200).body("precincts", equalTo(300)).body("voters", equalTo(300 * 200));
    }

    @Test
    void everyBadLineIsNamedAndNothingIsStored() {
        String district = contest("KZ-75");
        String csv = HEADER
                + "1,KZ-75,Адрес,3001," + district + "\n"
                + "2,75,Адрес,100," + district + "\n"
                + "3,KZ-75,,100," + district + "\n"
                + "4,KZ-75,Адрес,100,\n";

        upload(TestTokens.commission("KZ-75"), csv).statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("line 2", "line 3", "line 4", "line 5")))
                .body("violations[0].message", containsString("3000"))
                .body("detail", containsString("nothing was stored"));
        given().queryParam("contest", district).when().get("/api/v1/precincts").then().body("items", hasSize(0));
    }

    @Test
    void contestsMustExistInTheRegistryAndLieInThePrecinctsUnit() {
        String almaty = contest("KZ-75");
        String csv = HEADER + "7,KZ-71,Астана,100," + almaty + "\n" + "8,KZ-71,Астана,100,no-such.contest\n";
        upload(TestTokens.commission("KZ"), csv).statusCode(400)
                .body("violations.message", hasItem(containsString("lies in KZ-75, not KZ-71")))
                .body("violations.message", hasItem(containsString("no contest no-such.contest")));
    }

    @Test
    void aCommissionImportsOnlyInsideItsTerritory() {
        String district = contest("KZ-75");
        upload(TestTokens.commission("KZ-71"), HEADER + "9,KZ-75,Адрес,10," + district + "\n")
                .statusCode(400).body("violations[0].message", containsString("outside your territory"));
        upload(TestTokens.citizen(), HEADER).statusCode(403);
        upload(TestTokens.observer(), HEADER).statusCode(403);
        given().contentType("text/csv").body(HEADER).when().post("/api/v1/precincts/imports").then().statusCode(401);
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/v1/contests/{code}/print-run", district).then().statusCode(403);
    }

    @Test
    void aWrongHeaderRefusesTheFile() {
        upload(TestTokens.commission("KZ"), "n,unit,address\n1,KZ-75,x\n").statusCode(400)
                .body("violations[0].field", equalTo("line 1"));
        given().when().get("/api/v1/precincts").then().statusCode(400).body("violations[0].field", equalTo("contest"));
    }
}
