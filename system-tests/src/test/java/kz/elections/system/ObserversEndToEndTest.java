package kz.elections.system;

import static io.restassured.RestAssured.given;
import static kz.elections.system.Platform.RESULTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Observers on the demo election, with tokens Keycloak really issued: the central commission accredits a domestic
 * observer for Almaty (KZ-75); the observer reads that unit's protocols and not another's, files a report about a
 * precinct linked to its protocol; the Almaty commission answers it step by step; another observer cannot read it; the
 * public counts show it without who filed it or what it says.
 */
class ObserversEndToEndTest {

    private static final String ELECTION = "mazhilis-2023";
    private static final String ALMATY_DISTRICT = "mazhilis-2023.smd-75-01";
    private static final String OTHER_DISTRICT = "mazhilis-2023.smd-71-01";
    private static final String TEXT = "Учаскелік комиссия хаттаманың көшірмесін бермеді";

    @BeforeAll
    static void platform() {
        Platform.start();
    }

    @Test
    void accreditationThenAReportThenTheCommissionsAnswerThenThePublicCounts() {
        String username = "observer-almaty-" + System.nanoTime();
        String observer = Platform.newUser(username, "observer", Map.of());
        String cec = Platform.token("cec");

        // Not accredited yet: nothing to read.
        given().auth().oauth2(observer).queryParam("contest", ALMATY_DISTRICT).get(RESULTS + "/api/v1/protocols").then()
                .statusCode(403).body("reason", equalTo("NOT_ACCREDITED"));

        given().auth().oauth2(cec).contentType(ContentType.JSON).body(Map.of("username", username, "kind", "DOMESTIC",
                "organisation", "Адал сайлау", "organisationKind", "PUBLIC_ASSOCIATION", "territory", "KZ-75",
                "validFrom", Instant.now().minus(Duration.ofHours(1)).toString(),
                "validTo", Instant.now().plus(Duration.ofDays(2)).toString()))
                .post(RESULTS + "/api/v1/observer-accreditations").then().statusCode(201).body("territory", equalTo("KZ-75"));

        // Almaty's protocols, not Astana's
        Map<String, Object> protocol = given().auth().oauth2(observer).queryParam("contest", ALMATY_DISTRICT)
                .get(RESULTS + "/api/v1/protocols").then().statusCode(200).extract().path("[0]");
        given().auth().oauth2(observer).queryParam("contest", OTHER_DISTRICT).get(RESULTS + "/api/v1/protocols").then()
                .statusCode(403).body("reason", equalTo("OTHER_TERRITORY"));

        String id = given().auth().oauth2(observer).contentType(ContentType.JSON).body(Map.of("contest", ALMATY_DISTRICT,
                "precinct", protocol.get("precinct"), "protocol", protocol.get("id"),
                "observedAt", Instant.now().minus(Duration.ofMinutes(10)).toString(),
                "category", "PROTOCOL_COPY_NOT_GIVEN", "language", "kk", "text", TEXT))
                .post(RESULTS + "/api/v1/observer-reports").then().statusCode(201).body("state", equalTo("FILED"))
                .body("unitCode", equalTo("KZ-75")).extract().path("id");

        String almaty = Platform.token("almaty-commission");
        given().auth().oauth2(almaty).queryParam("state", "FILED").get(RESULTS + "/api/v1/observer-reports").then()
                .statusCode(200).body("id", hasItem(id));
        String answers = RESULTS + "/api/v1/observer-reports/" + id + "/answers";
        given().auth().oauth2(almaty).contentType(ContentType.JSON).body(Map.of("state", "UPHELD", "reason", "too early"))
                .post(answers).then().statusCode(409).body("currentState", equalTo("FILED"));
        for (String state : List.of("ACKNOWLEDGED", "EXAMINED")) {
            given().auth().oauth2(almaty).contentType(ContentType.JSON).body(Map.of("state", state)).post(answers).then()
                    .statusCode(200).body("state", equalTo(state));
        }
        given().auth().oauth2(almaty).contentType(ContentType.JSON)
                .body(Map.of("state", "UPHELD", "reason", "The chair gave the copy an hour late")).post(answers).then()
                .statusCode(200).body("state", equalTo("UPHELD"));

        given().auth().oauth2(observer).get(RESULTS + "/api/v1/observer-reports/" + id).then().statusCode(200)
                .body("answers.state", equalTo(List.of("ACKNOWLEDGED", "EXAMINED", "UPHELD")));
        // the demo observer is accredited for the whole country, and still reads only its own reports
        given().auth().oauth2(Platform.token("observer")).get(RESULTS + "/api/v1/observer-reports/" + id).then()
                .statusCode(403);
        given().auth().oauth2(Platform.token("observer")).get(RESULTS + "/api/v1/contests/" + OTHER_DISTRICT + "/tabulation")
                .then().statusCode(200);

        String counts = given().get(RESULTS + "/api/v1/elections/" + ELECTION + "/observer-reports/counts").then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo("*"))
                .body("counts.findAll { it.unitCode == 'KZ-75' && it.category == 'PROTOCOL_COPY_NOT_GIVEN' && it.state == 'UPHELD' }.reports[0]",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .extract().asString();
        assertFalse(counts.contains(username) || counts.contains(TEXT), counts);
        String csv = given().queryParam("format", "csv").get(RESULTS + "/api/v1/elections/" + ELECTION
                + "/observer-reports/counts").then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFelection_code,unit_code,category,state,reports\n"), csv);
        assertTrue(csv.contains("\"KZ-75\",\"PROTOCOL_COPY_NOT_GIVEN\",\"UPHELD\""), csv);
        given().get(RESULTS + "/ui/elections/" + ELECTION + "/observer-reports?lang=en").then().statusCode(200)
                .body(containsString("protocol copy not given"));
    }
}
