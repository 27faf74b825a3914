package kz.elections.registry.web;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.mandate.MandateFixtures.ELECTED_ON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.common.web.MessageBundleKeys;
import kz.elections.law.list.QuotaCategory;
import kz.elections.registry.TestTokens;
import kz.elections.registry.mandate.MandateFixtures;
import kz.elections.registry.nomination.Nomination;

/** The public pages of a body's current members and of each seat's history, in every language. */
@QuarkusTest
class MandatePagesTest {

    @Inject
    MandateFixtures fixtures;

    @Test
    void everyKeyOfTheMandateBundleIsInEveryLanguage() {
        assertEquals(List.of(), MessageBundleKeys.gaps(MandateMessages.class, "mandate"));
    }

    @Test
    void anyoneSeesABodysMembersWithTheirConstituencyAndEachSeatsHistory() {
        String election = MandateFixtures.pastMazhilis();
        MandateFixtures.Party party = fixtures.partyWithList(election, Arrays.asList(QuotaCategory.WOMAN, null));
        Nomination deputy = fixtures.selfNominated(election + ".smd-75-02");
        String listMandate = MandateFixtures.report(MandateFixtures.resultsService(), election + ".list", ELECTED_ON,
                List.of(party.candidates().get(0).id)).statusCode(200).extract().path("[0].id");
        String district = election + ".smd-75-02";
        String deputyMandate = MandateFixtures.report(MandateFixtures.resultsService(), district, ELECTED_ON,
                List.of(deputy.id)).statusCode(200).extract().path("[0].id");

        // The Mazhilis by default: each member with the list or the district, the party or how they stood, the term.
        given().queryParam("lang", "ru").when().get("/ui/members").then().statusCode(200)
                .body(containsString("Члены выборных органов"))
                .body(containsString("<tr data-mandate=\"" + listMandate + "\"><td>" + party.candidates().get(0).surnameRu))
                .body(containsString("<tr data-mandate=\"" + deputyMandate + "\"><td>" + deputy.surnameRu
                        + " Айгуль Сериковна</td><td>Округ № 2</td><td>Самовыдвижение</td><td>2023-03-29</td><td>2028-03-29</td>"))
                .body(containsString("Партийный список"))
                .body(containsString("/ui/members/seats/" + district));
        // Reached from every registry page's menu, signed in or not.
        given().queryParam("lang", "kk").when().get("/ui").then().statusCode(200)
                .body(containsString("<a class=\"nav-link\" href=\"/ui/members\">Қазіргі мүшелер</a>"));

        UUID ended = UUID.fromString(deputyMandate);
        MandateFixtures.end(TestTokens.regionalCommission("KZ-75"), ended, "COURT_DECISION", LocalDate.of(2025, 6, 2))
                .statusCode(200);
        given().queryParam("lang", "kk").queryParam("body", "mazhilis").queryParam("territory", "KZ").when()
                .get("/ui/members").then().statusCode(200)
                .body(containsString("Сайланбалы органдардың мүшелері"))
                .body(not(containsString("data-mandate=\"" + deputyMandate + "\"")))
                .body(containsString("data-mandate=\"" + listMandate + "\""));
        given().queryParam("lang", "kk").when().get("/ui/members/seats/{contest}", district).then().statusCode(200)
                .body(containsString("Мандат тарихы"))
                .body(containsString("data-mandate=\"" + deputyMandate + "\""))
                .body(containsString("Сот шешімі")).body(containsString("2025-06-02"))
                .body(containsString("data-vacancy=")).body(containsString("Ашық"));
        given().queryParam("lang", "en").when().get("/ui/members/seats/{contest}", election + ".list").then()
                .statusCode(200).body(containsString("Elected")).body(containsString("No vacancy was opened in this seat."));
    }

    @Test
    void aBodyWithoutMembersSaysSoAndAnUnknownBodyIsRefused() {
        given().queryParam("lang", "en").queryParam("body", "AKIM").queryParam("territory", "KZ-99").when()
                .get("/ui/members").then().statusCode(200).body(containsString("No current members."))
                .body(containsString("Akim"));
        given().queryParam("body", "SENATE").when().get("/ui/members").then().statusCode(400);
        given().when().get("/ui/members/seats/{contest}", "no-such-election.smd-75-01").then().statusCode(404);
    }
}
