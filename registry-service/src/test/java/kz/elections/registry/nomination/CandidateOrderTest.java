package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kz.elections.law.nomination.Route;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyFixtures;

/**
 * The registry lists a contest's registered candidates in Kazakh alphabetical order of surname, name and
 * patronymic (CL "On Elections", Art. 37): each extra letter right after its base (Ә after А, Ғ after Г, Қ after К,
 * Ң after Н, Ө after О, Ұ and Ү after У, Һ after Х), І after Ы; namesakes by their nomination id.
 */
@QuarkusTest
class CandidateOrderTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate ELECTION_DAY = LocalDate.of(2023, 3, 19);
    private static final NominationService.Recorded IN_TIME = new NominationService.Recorded(
            ELECTION_DAY.minusDays(50).atTime(11, 0).atZone(ALMATY).toOffsetDateTime(),
            ELECTION_DAY.minusDays(35).atTime(15, 0).atZone(ALMATY).toOffsetDateTime());

    /** Surname, name, patronymic: the order the law prints them in. */
    private static final List<List<String>> KAZAKH_ORDER = List.of(
            List.of("Ахметов", "Арман", "Болатұлы"),
            List.of("Ахметов", "Арман", "Болатұлы"), // a namesake in every part: told apart by id
            List.of("Ахметов", "Арман", "Нұрланұлы"), // differs by patronymic only
            List.of("Ахметов", "Әлібек", "Болатұлы"), // differs by name only: Ә after А
            List.of("Әбенов", "Дәурен", "Маратұлы"),
            List.of("Гани", "Бауыржан", "Қайратұлы"),
            List.of("Ғалымов", "Ержан", "Асқарұлы"),
            List.of("Кәрімов", "Нұрлан", "Серікұлы"),
            List.of("Қасымов", "Тимур", "Ғаниұлы"),
            List.of("Нұрланов", "Асқар", "Ерланұлы"),
            List.of("Ңаев", "Бақыт", "Оралұлы"),
            List.of("Оспанов", "Серік", "Қанатұлы"),
            List.of("Өтепов", "Марат", "Жандосұлы"),
            List.of("Уәлиев", "Ғалым", "Бекұлы"),
            List.of("Ұзақов", "Айдос", "Еркінұлы"),
            List.of("Үсенов", "Қайрат", "Талғатұлы"),
            List.of("Хасенов", "Аян", "Мұратұлы"),
            List.of("Һадиев", "Руслан", "Ерікұлы"),
            List.of("Ыбыраев", "Бекзат", "Әліұлы"),
            List.of("Ісләмов", "Дархан", "Сәкенұлы"),
            List.of("Юсупов", "Ильяс", "Ринатұлы"));

    @Inject
    NominationService nominations;

    @Test
    void listsRegisteredCandidatesInKazakhOrderThenNamesakesById() {
        String district = districtWithEveryCandidate();


        JsonPath listed = given().when().get("/api/v1/contests/{code}/candidates", district)
                .then().statusCode(200).extract().jsonPath();

        List<List<String>> names = new ArrayList<>();
        for (int i = 0; i < KAZAKH_ORDER.size(); i++) {
            names.add(List.of(listed.getString("candidates[" + i + "].surnameKk"),
                    listed.getString("candidates[" + i + "].nameKk"), listed.getString("candidates[" + i + "].patronymicKk")));
        }
        assertEquals(KAZAKH_ORDER.size(), listed.getList("candidates").size());
        assertEquals(KAZAKH_ORDER, names);
        List<UUID> firstTwo = List.of(UUID.fromString(listed.getString("candidates[0].nominationId")),
                UUID.fromString(listed.getString("candidates[1].nominationId")));
        assertEquals(namesakes.stream().sorted().toList(), firstTwo);
        assertTrue(firstTwo.get(0).compareTo(firstTwo.get(1)) < 0);
    }

    @Test
    void thePublicContestPageListsThemInTheSameOrder() {
        String district = districtWithEveryCandidate();

        String page = given().when().get("/ui/contests/{code}", district).then().statusCode(200).extract().asString();

        List<Integer> positions = new ArrayList<>();
        for (List<String> name : KAZAKH_ORDER.subList(2, KAZAKH_ORDER.size())) {
            int at = page.indexOf(String.join(" ", name));
            assertTrue(at >= 0, () -> String.join(" ", name) + " is not on the page");
            positions.add(at);
        }
        assertEquals(positions.stream().sorted().toList(), positions, "the names in the order of the page");
    }

    private List<UUID> namesakes;

    /** A past Mazhilis district with every candidate registered, in reverse order: no filing order can pass for Kazakh. */
    private String districtWithEveryCandidate() {
        String district = ElectionFixtures.create(ElectionFixtures.request("MAZHILIS", null, ELECTION_DAY))
                .getString("code") + ".smd-75-01";
        List<List<String>> reversed = new ArrayList<>(KAZAKH_ORDER);
        Collections.reverse(reversed);
        namesakes = new ArrayList<>();
        for (List<String> name : reversed) {
            Nomination n = nominations.recordRegistration(new NominationApi.NominationRequest(district, Route.SELF, null,
                    null, person(name), null, null), "citizen-" + name.get(0), IN_TIME, "system:test-archive");
            if (name.equals(KAZAKH_ORDER.get(0))) {
                namesakes.add(n.id);
            }
        }
        return district;
    }

    private static NominationApi.Person person(List<String> name) {
        return new NominationApi.Person(PartyFixtures.iin(), name.get(0), name.get(1), name.get(2), name.get(0),
                name.get(1), name.get(2), LocalDate.of(1975, 4, 2), NominationApi.Sex.MALE, 40, null, "инженер",
                "Алматы қаласы", "жоғары", true, true, null, null);
    }
}
