package kz.elections.registry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;

@QuarkusTest
class RegistryPagesTest {

    /** As a browser posts a form of a UTF-8 page (REST Assured would otherwise send ISO-8859-1). */
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private static String citizen(String subject) {
        return TestTokens.token().subject(subject).roles("citizen").sign();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).redirects().follow(false);
    }

    /** The self-nomination form as a browser posts it: field names are the API's field paths. */
    private static Map<String, Object> form(String contest, String iin) {
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("contest", contest);
        form.put("idempotencyKey", UUID.randomUUID().toString());
        NominationFixtures.person(iin).forEach((field, value) -> form.put("person." + field, String.valueOf(value)));
        return form;
    }

    @Test
    void publicPagesNeedNoSignInAndSpeakTheChosenLanguage() {
        String election = ElectionFixtures.openMazhilis();
        given().when().get("/ui").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"kk\">")).body(containsString("/ui/elections/" + election))
                .body(containsString("name=\"viewport\""));
        given().when().get("/ui/parties?lang=ru").then().statusCode(200)
                .body(containsString("<html lang=\"ru\">")).body(containsString("Зарегистрированные партии"))
                .cookie("tizim-lang", "ru");
        given().cookie("tizim-lang", "en").when().get("/ui/elections/{code}", election).then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString(election + ".smd-75-01"));
        given().when().get("/ui/contests/{code}", election + ".smd-75-01").then().statusCode(200)
                .body(containsString("Тіркелген кандидаттар әлі жоқ."));
        given().when().get("/ui/contests/no-such-contest").then().statusCode(404).contentType(startsWith("text/html"));
    }

    @Test
    void anonymousBrowsersAreSentToKeycloakWithPkce() {
        for (String path : List.of("/ui/citizen/contests", "/ui/commission/nominations", "/ui/signin")) {
            given().redirects().follow(false).when().get(path).then().statusCode(302)
                    .header("Location", allOf(startsWith("https://tizim.test/realms/elections/protocol/openid-connect/auth"),
                            containsString("client_id=tizim-web"), containsString("code_challenge_method=S256"),
                            containsString("code_challenge=")));
        }
    }

    @Test
    void eachRoleOpensOnlyItsOwnPages() {
        String citizen = citizen("citizen-" + UUID.randomUUID());
        String commission = TestTokens.centralCommission();
        as(citizen).get("/ui/citizen/contests").then().statusCode(200);
        as(citizen).get("/ui/citizen/nominations").then().statusCode(200);
        as(citizen).get("/ui/commission/nominations").then().statusCode(403).contentType(startsWith("text/html"));
        as(citizen).get("/ui/commission/applications").then().statusCode(403);
        as(commission).get("/ui/commission/nominations").then().statusCode(200);
        as(commission).get("/ui/commission/applications").then().statusCode(200);
        as(commission).get("/ui/citizen/contests").then().statusCode(403);
        as(TestTokens.observer()).get("/ui/commission/nominations").then().statusCode(403);
        as(TestTokens.observer()).get("/ui/citizen/nominations").then().statusCode(403);
        as(TestTokens.partyAgent(UUID.randomUUID())).get("/ui/commission/applications").then().statusCode(403);
        as(citizen).get("/ui/signin").then().statusCode(303).header("Location", containsString("/ui"));
    }

    @Test
    void citizenCorrectsAMistakeSubmitsAndSeesTheNominationPending() {
        String election = ElectionFixtures.openMazhilis();
        String contest = election + ".smd-75-01";
        String subject = "citizen-" + UUID.randomUUID();
        String token = citizen(subject);

        as(token).get("/ui/citizen/contests").then().statusCode(200)
                .body(containsString("/ui/citizen/nominations/new?contest=" + contest));
        as(token).get("/ui/citizen/nominations/new?contest={c}", contest).then().statusCode(200)
                .body(containsString("<label class=\"form-label\" for=\"f-person-iin\">"))
                // switching language keeps the contest the form is for
                .body(containsString("href=\"/ui/citizen/nominations/new?contest=" + contest + "&amp;lang=ru\""));

        Map<String, Object> wrong = form(contest, "791028302729");
        wrong.put("person.surnameKk", "");
        as(token).contentType(FORM).formParams(wrong).post("/ui/citizen/nominations").then().statusCode(400)
                .body(containsString("aria-describedby=\"f-person-surnameKk-error\""))
                .body(containsString("id=\"f-person-surnameKk-error\" data-field=\"person.surnameKk\">толтырылуы тиіс<"));
        wrong.put("person.surnameKk", "Әбілов");
        as(token).contentType(FORM).formParams(wrong).post("/ui/citizen/nominations").then().statusCode(400)
                .body(containsString("id=\"f-person-iin-error\" data-field=\"person.iin\">ЖСН бақылау цифрынан өтпейді<"))
                .body(containsString("value=\"Әбілов\""));
        given().auth().oauth2(token).get("/api/v1/nominations").then().statusCode(200).body("size()", equalTo(0));

        String location = as(token).contentType(FORM).formParams(form(contest, "791028302728"))
                .post("/ui/citizen/nominations").then().statusCode(303).extract().header("Location");
        assertEquals(true, location.endsWith("?done=filed"), "the nomination's page confirms the filing: " + location);
        String id = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
        as(token).get("/ui/citizen/nominations/{id}", id).then().statusCode(200)
                .body(containsString("data-status=\"PENDING\"")).body(containsString("Әбілов Ерлан Серікұлы"));

        // the page wrote exactly what the API writes for the same request
        Map<String, Object> viaPage = given().auth().oauth2(token).get("/api/v1/nominations/{id}", id).then().statusCode(200)
                .body("route", equalTo("SELF")).body("status", equalTo("PENDING")).body("contestCode", equalTo(contest))
                .extract().path("person");
        String other = citizen("citizen-" + UUID.randomUUID());
        Map<String, Object> viaApi = NominationFixtures.submit(other, NominationFixtures.self(
                ElectionFixtures.openMazhilis() + ".smd-75-01", NominationFixtures.person("791028302728")))
                .statusCode(201).extract().path("person");
        assertEquals(viaApi, viaPage);
        given().auth().oauth2(TestTokens.centralCommission()).get("/api/v1/audit?entityId={id}", id).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("nomination.submitted"));
    }

    @Test
    void commissionWorksThroughTheQueueAndRegisters() {
        String election = ElectionFixtures.openMazhilis();
        String contest = election + ".smd-75-01";
        String token = citizen("citizen-" + UUID.randomUUID());
        String id = NominationFixtures.submit(token, NominationFixtures.self(contest, NominationFixtures.person()))
                .statusCode(201).extract().path("id");
        String commission = TestTokens.centralCommission();

        as(commission).get("/ui/commission/nominations").then().statusCode(200)
                .body(containsString("/ui/commission/nominations/" + id));
        as(commission).get("/ui/commission/nominations/{id}", id).then().statusCode(200)
                .body(containsString("<label class=\"form-label\" for=\"f-grounds\">"));

        as(commission).contentType(FORM).formParam("action", "REFUSE").formParam("version", "0")
                .post("/ui/commission/nominations/{id}/decisions", id).then().statusCode(400)
                .body(containsString("data-field=\"grounds\">шешімнің негіздерін көрсетіңіз<"));
        as(TestTokens.regionalCommission("KZ-11")).contentType(FORM).formParam("action", "REGISTER")
                .post("/ui/commission/nominations/{id}/decisions", id).then().statusCode(403);
        given().auth().oauth2(commission).get("/api/v1/nominations/{id}", id).then().body("status", equalTo("PENDING"));

        long due = ((Number) given().auth().oauth2(commission).get("/api/v1/nominations/{id}", id).then()
                .extract().path("depositDue")).longValue();
        as(commission).contentType(FORM).formParam("amount", "a lot")
                .post("/ui/commission/nominations/{id}/deposit", id).then().statusCode(400)
                .body(containsString("data-field=\"amount\">сан болуы тиіс<"));
        as(commission).contentType(FORM).formParam("amount", String.valueOf(due))
                .post("/ui/commission/nominations/{id}/deposit", id).then().statusCode(303);
        int version = given().auth().oauth2(commission).get("/api/v1/nominations/{id}", id).then().extract().path("version");
        as(commission).contentType(FORM).formParam("action", "REGISTER").formParam("version", String.valueOf(version))
                .post("/ui/commission/nominations/{id}/decisions", id).then().statusCode(303);

        given().auth().oauth2(commission).get("/api/v1/nominations/{id}", id).then().body("status", equalTo("REGISTERED"));
        given().get("/ui/contests/{code}", contest).then().statusCode(200).body(containsString("Әбілов Ерлан Серікұлы"))
                .body(not(containsString("791028")));
        as(token).get("/ui/citizen/nominations/{id}", id).then().body(containsString("data-status=\"REGISTERED\""));
    }

    @Test
    void aCitizenSeesOnlyTheirOwnAndWithdrawsFromTheirOwnSite() {
        String election = ElectionFixtures.openMazhilis();
        String token = citizen("citizen-" + UUID.randomUUID());
        String id = NominationFixtures.submit(token, NominationFixtures.self(election + ".smd-75-01", NominationFixtures.person()))
                .statusCode(201).extract().path("id");

        as(citizen("citizen-" + UUID.randomUUID())).get("/ui/citizen/nominations/{id}", id).then().statusCode(404);
        as(token).header("Origin", "https://evil.example").post("/ui/citizen/nominations/{id}/withdrawal", id)
                .then().statusCode(403);
        given().auth().oauth2(token).get("/api/v1/nominations/{id}", id).then().body("status", equalTo("PENDING"));

        // Withdrawal asks first: a post without the confirmation leads to the question, and nothing changes.
        as(token).header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .header("Host", "localhost:" + io.restassured.RestAssured.port)
                .post("/ui/citizen/nominations/{id}/withdrawal", id).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/ui/citizen/nominations/" + id + "/withdrawal"));
        given().auth().oauth2(token).get("/api/v1/nominations/{id}", id).then().body("status", equalTo("PENDING"));
        as(token).get("/ui/citizen/nominations/{id}/withdrawal", id).then().statusCode(200)
                .body(containsString("Бұл ұсынуды кері қайтарып алу керек пе?"))
                .body(containsString("name=\"confirm\" value=\"yes\""));
        as(token).header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .header("Host", "localhost:" + io.restassured.RestAssured.port).contentType(FORM).formParam("confirm", "yes")
                .post("/ui/citizen/nominations/{id}/withdrawal", id).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/ui/citizen/nominations/" + id + "?done=withdrawn"));
        as(token).get("/ui/citizen/nominations/{id}", id).then().body(containsString("data-status=\"WITHDRAWN\""))
                .body(not(containsString("/withdrawal\"")));
    }
}
