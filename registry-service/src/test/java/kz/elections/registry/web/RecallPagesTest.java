package kz.elections.registry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.common.web.MessageBundleKeys;
import kz.elections.registry.TestTokens;
import kz.elections.registry.mandate.MandateFixtures;
import kz.elections.registry.nomination.Nomination;

/** The recall pages: each petition's state in the page's language for anyone, a citizen's district, the commission's queue. */
@QuarkusTest
class RecallPagesTest {

    @Inject
    MandateFixtures fixtures;

    @Test
    void everyKeyOfTheRecallBundleIsInEveryLanguage() {
        assertEquals(List.of(), MessageBundleKeys.gaps(RecallMessages.class, "recall"));
    }

    @Test
    void anyoneSeesAPetitionsStateACitizenTheirDistrictsAndTheCommissionItsQueue() {
        String district = MandateFixtures.pastMazhilis() + ".smd-75-03";
        Nomination deputy = fixtures.selfNominated(district);
        MandateFixtures.report(MandateFixtures.resultsService(), district, MandateFixtures.ELECTED_ON, List.of(deputy.id))
                .statusCode(200);
        String citizen = TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
        String petition = given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body(Map.of("district", district, "ground", "Ни разу не встретился с избирателями",
                        "applicantName", "Сәрсенбаев Нұрлан", "applicantAddress", "Алматы, Абай даңғылы 10"))
                .when().post("/api/v1/recalls").then().statusCode(201).extract().path("id");

        given().queryParam("lang", "ru").when().get("/ui/recalls/{id}", petition).then().statusCode(200)
                .body(containsString("Подано, ожидает решения комиссии")).body(containsString(deputy.surnameRu))
                .body(not(containsString("APPLIED<")));
        given().queryParam("lang", "kk").queryParam("district", district).when().get("/ui/recalls").then().statusCode(200)
                .body(containsString("Өтініш берілді, комиссия шешімін күтуде")).body(containsString(deputy.surnameKk));
        given().queryParam("lang", "en").when().get("/ui/recalls/{id}", petition).then().statusCode(200)
                .body(containsString("Applied, awaiting the commission&#39;s decision"));

        given().auth().oauth2(citizen).queryParam("lang", "ru").queryParam("district", district).when()
                .get("/ui/citizen/recalls").then().statusCode(200)
                .body(containsString("Мои заявления")).body(containsString("/ui/recalls/" + petition));
        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).when().get("/ui/commission/recalls")
                .then().statusCode(200).body(containsString("/ui/recalls/" + petition));
        given().auth().oauth2(TestTokens.regionalCommission("KZ-71")).when().get("/ui/commission/recalls")
                .then().statusCode(200).body(not(containsString("/ui/recalls/" + petition)));
        given().auth().oauth2(citizen).redirects().follow(false).when().get("/ui/commission/recalls")
                .then().statusCode(403);
    }
}
