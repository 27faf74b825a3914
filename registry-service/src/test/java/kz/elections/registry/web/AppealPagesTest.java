package kz.elections.registry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import kz.elections.registry.TestClock;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;

/** Filing an appeal and deciding it on the pages, in the page's language. */
@QuarkusTest
class AppealPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).redirects().follow(false).contentType(FORM);
    }

    private static String refused(String citizen) {
        String id = NominationFixtures.submit(citizen, NominationFixtures.self(ElectionFixtures.openMazhilis() + ".smd-75-01",
                NominationFixtures.person())).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of("action", "REFUSE", "grounds", "papers incomplete"))
                .when().post("/api/v1/nominations/{id}/decisions", id).then().statusCode(200);
        return id;
    }

    @Test
    void aCitizenAppealsOnThePageAndTheCentralCommissionUpholdsIt() {
        String citizen = TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
        String nomination = refused(citizen);

        as(citizen).get("/ui/citizen/nominations/{id}?lang=en", nomination).then().statusCode(200)
                .body(containsString("/ui/appeals/new?nomination=" + nomination));
        as(citizen).get("/ui/appeals/new?nomination={id}&lang=ru", nomination).then().statusCode(200)
                .body(containsString("Основания жалобы"));
        as(citizen).formParam("nomination", nomination).post("/ui/appeals?lang=en").then().statusCode(400)
                .body(containsString("data-field=\"grounds\""));
        String location = as(citizen).formParam("nomination", nomination).formParam("grounds", "the papers were complete")
                .post("/ui/appeals").then().statusCode(303).extract().header("Location");
        String appeal = location.substring(location.lastIndexOf('/') + 1);

        as(TestTokens.centralCommission()).get("/ui/commission/appeals?lang=kk").then().statusCode(200)
                .body(containsString("data-appeal=\"" + appeal + "\"")).body(containsString("Қанағаттандыру және тіркеу"));
        as(TestTokens.regionalCommission("KZ-75")).formParam("decision", "UPHOLD")
                .post("/ui/commission/appeals/{id}/decisions?lang=en", appeal).then().statusCode(403);
        as(TestTokens.centralCommission()).formParam("decision", "UPHOLD")
                .post("/ui/commission/appeals/{id}/decisions", appeal).then().statusCode(303);
        as(citizen).get("/ui/appeals/{id}?lang=en", appeal).then().statusCode(200)
                .body(containsString("data-status=\"UPHELD\""));
        given().auth().oauth2(citizen).get("/api/v1/nominations/{id}", nomination).then()
                .body("status", equalTo("REGISTERED"));
        as(TestTokens.citizen()).get("/ui/appeals/{id}", appeal).then().statusCode(404);
    }

    @Test
    void aLateAppealOnThePageNamesItsDeadline() {
        String citizen = TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
        String nomination = refused(citizen);
        clock.advance(Duration.ofDays(8));

        as(citizen).formParam("nomination", nomination).formParam("grounds", "late")
                .post("/ui/appeals?lang=ru").then().statusCode(409)
                .body(containsString("Поздно: отказ можно было обжаловать до"));
    }
}
