package kz.elections.law.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The body decides the rules: lists only in the Mazhilis and in a regional or republican-city maslikhat (CL "On
 * Elections", Art. 9 p.2); maslikhat caps of 50, 30 and 25 seats (Law "On local state administration and
 * self-government", Art. 5 p.3).
 */
class BodyTest {

    @ParameterizedTest(name = "{0} of {1} seats: allowed {2}")
    @CsvSource({
            "REGIONAL_MASLIKHAT, 1,  true",
            "REGIONAL_MASLIKHAT, 49, true",
            "REGIONAL_MASLIKHAT, 50, true",
            "REGIONAL_MASLIKHAT, 51, false",
            "CITY_MASLIKHAT,     29, true",
            "CITY_MASLIKHAT,     30, true",
            "CITY_MASLIKHAT,     31, false",
            "CITY_MASLIKHAT,     50, false",
            "DISTRICT_MASLIKHAT, 24, true",
            "DISTRICT_MASLIKHAT, 25, true",
            "DISTRICT_MASLIKHAT, 26, false",
            "DISTRICT_MASLIKHAT, 50, false"})
    void aMaslikhatHasAtMostItsLevelsCapOfSeats(Body body, int seats, boolean allowed) {
        Optional<String> refusal = body.seatsRefusal(seats);

        assertEquals(allowed, refusal.isEmpty(), refusal.orElse("allowed"));
        refusal.ifPresent(reason -> assertTrue(reason.contains("at most " + body.seatCap().getAsInt() + " seats"), reason));
    }

    @ParameterizedTest(name = "{0}: cap {1}")
    @CsvSource({"REGIONAL_MASLIKHAT, 50", "CITY_MASLIKHAT, 30", "DISTRICT_MASLIKHAT, 25"})
    void maslikhatCapsAre50For30And25(Body body, int cap) {
        assertEquals(OptionalInt.of(cap), body.seatCap());
    }

    @Test
    void theMazhilisAndAkimPostsHaveNoMaslikhatCap() {
        assertTrue(Body.MAZHILIS.seatCap().isEmpty(), "the Mazhilis template fixes 69 + 29");
        assertTrue(Body.AKIM.seatCap().isEmpty(), "each akim post is one seat");
        assertTrue(Body.MAZHILIS.seatsRefusal(98).isEmpty());
    }

    @ParameterizedTest(name = "{0} holds a {1} contest: {2}")
    @CsvSource({
            "MAZHILIS,           PARTY_LIST,     true",
            "MAZHILIS,           SINGLE_MANDATE, true",
            "MAZHILIS,           AKIM,           false",
            "REGIONAL_MASLIKHAT, PARTY_LIST,     true",
            "REGIONAL_MASLIKHAT, SINGLE_MANDATE, true",
            "REGIONAL_MASLIKHAT, AKIM,           false",
            "CITY_MASLIKHAT,     PARTY_LIST,     false",
            "CITY_MASLIKHAT,     SINGLE_MANDATE, true",
            "DISTRICT_MASLIKHAT, PARTY_LIST,     false",
            "DISTRICT_MASLIKHAT, SINGLE_MANDATE, true",
            "AKIM,               AKIM,           true",
            "AKIM,               PARTY_LIST,     false",
            "AKIM,               SINGLE_MANDATE, false",
            // CL Art. 113-12: recall votes on district deputies of the Mazhilis and maslikhats only
            "MAZHILIS,           RECALL,         true",
            "REGIONAL_MASLIKHAT, RECALL,         true",
            "DISTRICT_MASLIKHAT, RECALL,         true",
            "AKIM,               RECALL,         false"})
    void listsOnlyInTheMazhilisAndRegionalMaslikhatsAkimPostsOnlyInAkimElections(Body body, ContestKind contest,
            boolean holds) {
        assertEquals(holds, body.holds(contest));
        assertEquals(holds, body.refusal(contest).isEmpty());
    }

    @ParameterizedTest(name = "a party list in {0} is refused")
    @CsvSource({"CITY_MASLIKHAT, a city maslikhat", "DISTRICT_MASLIKHAT, a district maslikhat"})
    void aPartyListInACityOrDistrictMaslikhatIsRefusedNamingTheRule(Body body, String label) {
        String refusal = body.refusal(ContestKind.PARTY_LIST).orElseThrow();
        assertTrue(refusal.startsWith(label + " has no party list"), refusal);
        assertTrue(refusal.contains("single-mandate districts only"), refusal);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
            "MAZHILIS,  ,         MAZHILIS",
            "AKIM,      ,         AKIM",
            "MASLIKHAT, REGIONAL, REGIONAL_MASLIKHAT",
            "MASLIKHAT, CITY,     CITY_MASLIKHAT",
            "MASLIKHAT, DISTRICT, DISTRICT_MASLIKHAT"})
    void theElectionKindAndTheMaslikhatLevelDecideTheBody(ElectionKind kind, MaslikhatLevel level, Body body) {
        assertEquals(body, Body.of(kind, level));
        assertEquals(kind, body.electionKind());
    }

    @Test
    void aMaslikhatWithoutItsLevelHasNoBody() {
        assertThrows(IllegalArgumentException.class, () -> Body.of(ElectionKind.MASLIKHAT, null));
        assertFalse(Body.CITY_MASLIKHAT.hasPartyList());
    }
}
