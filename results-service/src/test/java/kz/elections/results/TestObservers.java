package kz.elections.results;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Observers accredited through the API, as a commission would accredit them. */
public final class TestObservers {

    /** The observer every test that only needs to read uses: accredited by the central commission for the whole country. */
    public static final String NATIONAL = "observer-national";

    private static volatile boolean nationalAccredited;

    private TestObservers() {
    }

    /** The token of {@link #NATIONAL}, accredited for KZ from 2020 to 2100 the first time it is asked for. */
    public static String national() {
        if (!nationalAccredited) {
            synchronized (TestObservers.class) {
                if (!nationalAccredited) {
                    accredit(NATIONAL, "KZ", Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
                    nationalAccredited = true;
                }
            }
        }
        return TestTokens.observer(NATIONAL);
    }

    /** A fresh user name, accredited by the central commission as a domestic observer for {@code territory}. */
    public static String accredited(String territory, Instant from, Instant to) {
        String username = "observer-" + UUID.randomUUID();
        accredit(username, territory, from, to);
        return username;
    }

    /** Accredits {@code username} by the central commission; returns the accreditation's id. */
    public static String accredit(String username, String territory, Instant from, Instant to) {
        return given().auth().oauth2(TestTokens.commission("KZ")).contentType(ContentType.JSON)
                .body(request(username, territory, from, to))
                .when().post("/api/v1/observer-accreditations").then().statusCode(201).extract().path("id");
    }

    /** A domestic observer's accreditation request (a public association), to change before sending. */
    public static Map<String, Object> request(String username, String territory, Instant from, Instant to) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("kind", "DOMESTIC");
        body.put("organisation", "Адал сайлау қоғамдық бірлестігі");
        body.put("organisationKind", "PUBLIC_ASSOCIATION");
        body.put("territory", territory);
        body.put("validFrom", from.toString());
        body.put("validTo", to.toString());
        return body;
    }
}
