package kz.elections.results.allocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AllocationResourceTest {

    private static Map<String, Object> mazhilis2023() {
        return new java.util.HashMap<>(Map.of("seats", 69, "thresholdPercent", 5, "againstAll", 248_291, "invalid", 0,
                "kind", "MAZHILIS", "lists", List.of(
                        Map.of("id", "AMANAT", "votes", 3_431_510), Map.of("id", "AUYL", "votes", 693_938),
                        Map.of("id", "RESPUBLICA", "votes", 547_154), Map.of("id", "QHP", "votes", 432_920),
                        Map.of("id", "BAYTAQ", "votes", 146_431), Map.of("id", "AKZHOL", "votes", 535_139),
                        Map.of("id", "OSDP", "votes", 331_058))));
    }

    @Test
    void thePublicCalculatorReproducesMazhilis2023WithoutAToken() {
        given().contentType(ContentType.JSON).body(mazhilis2023())
                .when().post("/api/v1/allocations")
                .then().statusCode(200)
                .body("outcome", equalTo("ALLOCATED"))
                .body("seats", equalTo(Map.of("AMANAT", 40, "AUYL", 8, "RESPUBLICA", 6, "QHP", 5, "BAYTAQ", 0, "AKZHOL", 6, "OSDP", 4)))
                .body("trace.base", equalTo(6_366_441))
                .body("trace.quota.numerator", equalTo(1_990_573))
                .body("trace.quota.denominator", equalTo(23))
                .body("trace.quotaDecimal", equalTo("86546.6522"))
                .body("trace.remainders.find { it.seat && it.rank == 1 }.id", equalTo("OSDP"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        Map<String, Object> body = mazhilis2023();
        body.put("seats", 0);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/allocations")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("seats"));

        Map<String, Object> repeated = mazhilis2023();
        repeated.put("lists", List.of(Map.of("id", "A", "votes", 1), Map.of("id", "A", "votes", 2)));
        given().contentType(ContentType.JSON).body(repeated).when().post("/api/v1/allocations")
                .then().statusCode(400).body("violations.field", hasItem("lists[1].id"));

        Map<String, Object> negative = mazhilis2023();
        negative.put("lists", List.of(Map.of("id", "A", "votes", -1)));
        given().contentType(ContentType.JSON).body(negative).when().post("/api/v1/allocations")
                .then().statusCode(400).body("violations.field", hasItem("lists[0].votes"));

        Map<String, Object> kind = mazhilis2023();
        kind.put("kind", "SENATE");
        given().contentType(ContentType.JSON).body(kind).when().post("/api/v1/allocations")
                .then().statusCode(400).body("violations.field", hasItem("kind"));

        given().contentType(ContentType.JSON).body("{\"seats\": 69,").when().post("/api/v1/allocations")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anOversizedBodyIsRefused() {
        StringBuilder lists = new StringBuilder("[");
        for (int i = 0; i < 201; i++) {
            lists.append(i == 0 ? "" : ",").append("{\"id\":\"L").append(i).append("\",\"votes\":1}");
        }
        String body = "{\"seats\":10,\"thresholdPercent\":5,\"againstAll\":0,\"kind\":\"MAZHILIS\",\"lists\":" + lists + "]}";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/allocations")
                .then().statusCode(400).body("violations.field", hasItem("lists"));
    }

    @Test
    void everyListWithoutVotesIsA422NamingTheFieldAndTheRule() {
        for (Map<String, Object> against : List.of(Map.<String, Object>of("againstAll", 0), Map.<String, Object>of("againstAll", 500))) {
            Map<String, Object> body = mazhilis2023();
            body.putAll(against);
            body.put("lists", List.of(Map.of("id", "A", "votes", 0), Map.of("id", "B", "votes", 0)));
            given().contentType(ContentType.JSON).body(body).when().post("/api/v1/allocations")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", containsString("no-list-votes")).body("field", equalTo("lists"))
                    .body("rule", containsString("Art. 97-1"));
        }
        Map<String, Object> zeroThreshold = mazhilis2023();
        zeroThreshold.put("thresholdPercent", 0);
        zeroThreshold.put("lists", List.of(Map.of("id", "A", "votes", 0)));
        given().contentType(ContentType.JSON).body(zeroThreshold).when().post("/api/v1/allocations")
                .then().statusCode(422).body("field", equalTo("lists"));
    }

    @Test
    void degenerateInputIsAClientErrorNeverA500() {
        Map<String, Object> noLists = mazhilis2023();
        noLists.put("lists", List.of());
        given().contentType(ContentType.JSON).body(noLists).when().post("/api/v1/allocations")
                .then().statusCode(400).body("violations.field", hasItem("lists"));

        Map<String, Object> negativeSeats = mazhilis2023();
        negativeSeats.put("seats", -3);
        given().contentType(ContentType.JSON).body(negativeSeats).when().post("/api/v1/allocations")
                .then().statusCode(400).body("violations.field", hasItem("seats"));

        Map<String, Object> negativeAgainstAll = mazhilis2023();
        negativeAgainstAll.put("againstAll", -1);
        given().contentType(ContentType.JSON).body(negativeAgainstAll).when().post("/api/v1/allocations")
                .then().statusCode(400).body("violations.field", hasItem("againstAll"));

        Map<String, Object> overThreshold = mazhilis2023();
        overThreshold.put("thresholdPercent", 101);
        given().contentType(ContentType.JSON).body(overThreshold).when().post("/api/v1/allocations")
                .then().statusCode(400).body("violations.field", hasItem("thresholdPercent"));

        // a zero threshold admits lists without votes; the others still share the seats
        Map<String, Object> zeroThreshold = mazhilis2023();
        zeroThreshold.put("thresholdPercent", 0);
        zeroThreshold.put("lists", List.of(Map.of("id", "A", "votes", 10), Map.of("id", "B", "votes", 0)));
        given().contentType(ContentType.JSON).body(zeroThreshold).when().post("/api/v1/allocations")
                .then().statusCode(200).body("seats", equalTo(Map.of("A", 69, "B", 0)));
    }

    @Test
    void aTieForNextLargestListIsALotAndTheTraceNamesTheRuleSet() {
        Map<String, Object> body = mazhilis2023();
        body.put("seats", 2);
        body.put("againstAll", 0);
        body.put("lists", List.of(Map.of("id", "BIG", "votes", 980), Map.of("id", "B", "votes", 10), Map.of("id", "C", "votes", 10)));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/allocations")
                .then().statusCode(200)
                .body("outcome", equalTo("LOT_REQUIRED"))
                .body("lotBetween", equalTo(List.of("B", "C")))
                .body("seats", equalTo(Map.of("BIG", 1, "B", 0, "C", 0)))
                .body("trace.rules.body", equalTo("MAZHILIS"))
                .body("trace.rules.singleListMinimumSeats", equalTo(2))
                .body("trace.rules.seatQuotaPercent", equalTo(30))
                .body("trace.rules.partyDaysToNameElected", equalTo(10));
    }
}
