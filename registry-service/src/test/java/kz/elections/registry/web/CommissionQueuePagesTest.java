package kz.elections.registry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

/**
 * The commission's queues of party applications and party lists: pending by default, decided or all on request
 * ({@code ?state=}), the filter's links in the page's language, the decided with their decision and its local time.
 */
@QuarkusTest
class CommissionQueuePagesTest {

    private static String page(String path, String lang) {
        return given().auth().oauth2(TestTokens.centralCommission()).queryParam("lang", lang).when().get(path)
                .then().statusCode(200).extract().asString();
    }

    @Test
    void theApplicationQueueShowsPendingByDefaultAndTheDecidedWithTheirDecisionAndLocalTime() {
        UUID waiting = PartyClient.appliedWithMembers(PartyFixtures.members(250));
        UUID refused = PartyClient.appliedWithMembers(PartyFixtures.members(250));
        PartyClient.decide(refused, "REFUSE", "The congress was not held").statusCode(200);

        String pending = page("/ui/commission/applications", "kk");
        assertThat(pending, allOf(containsString("data-application=\"" + waiting + "\""),
                not(containsString("data-application=\"" + refused + "\"")),
                containsString("href=\"/ui/commission/applications?state=decided\">Шешілген</a>"),
                containsString("href=\"/ui/commission/applications?state=all\">Барлығы</a>")));

        String decided = page("/ui/commission/applications?state=decided", "ru");
        assertThat(decided, allOf(containsString("data-application=\"" + refused + "\""),
                not(containsString("data-application=\"" + waiting + "\"")),
                containsString("<td data-status=\"REFUSED\">"),
                // the decision's moment in Almaty's time, written for the reader
                containsString("(UTC+5)</time>"),
                containsString("aria-current=\"page\">Решённые</a>"),
                containsString(">На рассмотрении</a>"), containsString(">Все</a>")));

        String all = page("/ui/commission/applications?state=all", "en");
        assertThat(all, allOf(containsString("data-application=\"" + refused + "\""),
                containsString("data-application=\"" + waiting + "\""),
                containsString("aria-current=\"page\">All</a>"), containsString(">Pending</a>"),
                containsString(">Decided</a>")));
        // Waiting items come first, then the decided.
        assertTrue(all.indexOf("data-application=\"" + waiting + "\"") < all.indexOf("data-application=\"" + refused + "\""),
                "pending first");
    }

    @Test
    void thePartyListQueueShowsPendingAndDecidedListsWithTheirParty() {
        String contest = ElectionFixtures.openMazhilis() + ".list";
        List<String> waitingMembers = PartyFixtures.members(250);
        UUID waitingParty = PartyClient.registered(waitingMembers);
        String waiting = NominationFixtures.oneWomanList(waitingParty, waitingMembers.get(0), contest);
        List<String> refusedMembers = PartyFixtures.members(250);
        UUID refusedParty = PartyClient.registered(refusedMembers);
        String refused = NominationFixtures.oneWomanList(refusedParty, refusedMembers.get(0), contest);
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(Map.of("action", "REFUSE", "grounds", "The congress did not nominate the list"))
                .when().post("/api/v1/party-lists/{id}/decisions", refused).then().statusCode(200);

        String pending = page("/ui/commission/lists", "kk");
        assertThat(pending, allOf(containsString("<h1>Комиссия: партиялық тізімдер</h1>"),
                containsString("data-list=\"" + waiting + "\""), not(containsString("data-list=\"" + refused + "\"")),
                containsString("href=\"/ui/contests/" + contest + "\"")));

        String decided = page("/ui/commission/lists?state=decided", "en");
        assertThat(decided, allOf(containsString("data-list=\"" + refused + "\""),
                not(containsString("data-list=\"" + waiting + "\"")), containsString("<td data-status=\"REFUSED\">"),
                containsString("(UTC+5)</time>"), containsString("<h1>Commission: party lists</h1>")));

        String all = page("/ui/commission/lists?state=all", "ru");
        assertThat(all, allOf(containsString("data-list=\"" + refused + "\""), containsString("data-list=\"" + waiting + "\""),
                containsString("<td data-status=\"PENDING\">"), containsString("aria-current=\"page\">Все</a>")));
        given().auth().oauth2(TestTokens.partyAgent(waitingParty)).when().get("/ui/commission/lists").then().statusCode(403);
    }
}
