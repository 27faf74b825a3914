package kz.elections.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;

/** The business metrics count decisions by kind; no label carries an IIN or a person's name. */
@QuarkusTest
class MetricsPrivacyTest {

    private static final Pattern LABEL_VALUE = Pattern.compile("=\"([^\"]*)\"");

    @Test
    void countsFiledNominationsWithoutNamingTheCandidate() {
        String election = ElectionFixtures.openMazhilis();
        Map<String, Object> person = NominationFixtures.person();
        NominationFixtures.submit(TestTokens.citizen(), NominationFixtures.self(election + ".smd-75-01", person)).statusCode(201);

        String metrics = given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("tizim_nominations_filed_total{election=\"" + election + "\",route=\"SELF\"}"))
                .extract().asString();

        List<String> personal = LABEL_VALUE.matcher(metrics).results().map(m -> m.group(1))
                .filter(value -> value.matches(".*\\d{12}.*") || value.contains((String) person.get("surnameKk"))
                        || value.contains((String) person.get("surnameRu")))
                .toList();
        assertEquals(List.of(), personal);
    }
}
