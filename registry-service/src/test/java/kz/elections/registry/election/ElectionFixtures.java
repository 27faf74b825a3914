package kz.elections.registry.election;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.elections.registry.TestTokens;

/** Elections for tests, created over HTTP; "open" ones accept nominations today. */
public final class ElectionFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ElectionFixtures() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> request(String kind, String territory, LocalDate electionDay) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("code", uniqueCode(kind.toLowerCase()));
        body.put("name", kind + " test election");
        body.put("electionDay", electionDay.toString());
        body.put("calledOn", electionDay.minusDays(70).toString());
        if (territory != null) {
            body.put("territory", territory);
        }
        return body;
    }

    /** An election whose nomination opened yesterday and closes in five days; registration in ten; the vote in thirty. */
    public static Map<String, Object> openRequest(String kind, String territory) {
        LocalDate today = LocalDate.now();
        Map<String, Object> body = request(kind, territory, today.plusDays(30));
        body.put("calledOn", today.minusDays(2).toString());
        body.put("calendar", Map.of("nominationOpensOn", today.minusDays(1).toString(),
                "nominationClosesOn", today.plusDays(5).toString(), "registrationClosesOn", today.plusDays(10).toString()));
        return body;
    }

    public static JsonPath create(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/elections").then().statusCode(201).extract().jsonPath();
    }

    /** An open Mazhilis election; returns its code. */
    public static String openMazhilis() {
        return create(openRequest("MAZHILIS", null)).getString("code");
    }

    /** An open akim election in the unit with one contest of the given voters and settlements; returns the contest code. */
    public static String openAkimContest(String unit, int voters, int settlements) {
        String election = create(openRequest("AKIM", unit)).getString("code");
        return given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of("kind", "AKIM", "unitCode", unit, "name", "Test rural district", "voters", voters,
                        "settlements", settlements))
                .when().post("/api/v1/elections/{code}/contests", election)
                .then().statusCode(201).extract().path("code");
    }
}
