package kz.elections.registry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import kz.elections.registry.TestTokens;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

@QuarkusTest
class ApplicationQueuePagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).redirects().follow(false).contentType(FORM);
    }

    private static String statusOf(UUID party) {
        return given().auth().oauth2(TestTokens.centralCommission()).get("/api/v1/parties/applications/{id}", party)
                .then().statusCode(200).extract().path("status");
    }

    @Test
    void theQueueListsAppliedPartiesWithTheirReport() {
        UUID party = PartyClient.appliedWithMembers(PartyFixtures.members(250));
        String commission = TestTokens.centralCommission();

        as(commission).get("/ui/commission/applications").then().statusCode(200)
                .body(containsString("/ui/commission/applications/" + party));
        as(commission).get("/ui/commission/applications/{id}", party).then().statusCode(200)
                .body(containsString("data-status=\"APPLIED\""))
                .body(containsString("data-rule=\"MEMBERS_TOTAL\" data-outcome=\"PASS\""))
                .body(containsString("<label class=\"form-label\" for=\"f-grounds\">"));
        as(TestTokens.partyAgent(party)).get("/ui/commission/applications/{id}", party).then().statusCode(403);
    }

    @Test
    void aRefusalWithoutGroundsIsShownAtTheGroundsAndChangesNothing() {
        UUID party = PartyClient.appliedWithMembers(PartyFixtures.members(250));
        String commission = TestTokens.centralCommission();

        as(commission).formParam("action", "REFUSE").formParam("version", "1")
                .post("/ui/commission/applications/{id}/decisions", party).then().statusCode(400)
                .body(containsString("aria-describedby=\"f-grounds-error\""))
                .body(containsString("id=\"f-grounds-error\" data-field=\"grounds\">шешімнің негіздерін көрсетіңіз<"));
        assertStatus(party, "APPLIED");

        as(commission).formParam("action", "REFUSE").formParam("grounds", "The congress was not held")
                .formParam("version", "1").post("/ui/commission/applications/{id}/decisions", party)
                .then().statusCode(303).header("Location", containsString("/ui/commission/applications"));
        assertStatus(party, "REFUSED");
        as(commission).get("/ui/commission/applications/{id}", party).then().statusCode(200)
                .body(containsString("id=\"grounds\">The congress was not held<"))
                .body(not(containsString("name=\"action\"")));
    }

    @Test
    void registeringAPartyThatFailsThePrecheckShowsTheFailedRules() {
        UUID party = PartyClient.appliedWithMembers(PartyFixtures.members(1));

        as(TestTokens.centralCommission()).formParam("action", "REGISTER").formParam("version", "1")
                .post("/ui/commission/applications/{id}/decisions", party).then().statusCode(422)
                .body(containsString("data-field=\"general\">Мүшелер (әр ЖСН бір рет, басқа партияға есептелмеген): ≥ "))
                .body(containsString("Әр өңірдегі мүшелер: "));
        assertStatus(party, "APPLIED");
    }

    @Test
    void onlyTheCentralCommissionDecidesAndAPassingPartyIsRegistered() {
        UUID party = PartyClient.appliedWithMembers(PartyFixtures.members(250));

        as(TestTokens.regionalCommission("KZ-75")).formParam("action", "REGISTER").formParam("version", "1")
                .post("/ui/commission/applications/{id}/decisions", party).then().statusCode(403);
        as(TestTokens.citizen()).formParam("action", "REGISTER").formParam("version", "1")
                .post("/ui/commission/applications/{id}/decisions", party).then().statusCode(403);
        assertStatus(party, "APPLIED");

        as(TestTokens.centralCommission()).formParam("action", "REGISTER").formParam("version", "0")
                .post("/ui/commission/applications/{id}/decisions", party).then().statusCode(412);
        assertStatus(party, "APPLIED");

        as(TestTokens.centralCommission()).formParam("action", "REGISTER").formParam("version", "1")
                .post("/ui/commission/applications/{id}/decisions", party).then().statusCode(303);
        assertStatus(party, "REGISTERED");
        given().auth().oauth2(TestTokens.centralCommission()).get("/api/v1/audit?entityId={id}", party).then()
                .statusCode(200).body("action", hasItem("party.registered"));
        as(TestTokens.centralCommission()).get("/ui/commission/applications").then().statusCode(200)
                .body(not(containsString("/ui/commission/applications/" + party)));
        // The public list shows it, its status in the reader's language.
        given().get("/ui/parties?lang=ru").then().statusCode(200)
                .body(containsString("<td data-status=\"REGISTERED\">Зарегистрирован</td>"));
        as(TestTokens.centralCommission()).get("/ui/commission/applications/{id}?lang=kk", party).then().statusCode(200)
                .body(containsString("data-status=\"REGISTERED\">Тіркелді</dd>"));
    }

    private static void assertStatus(UUID party, String expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, statusOf(party));
    }
}
