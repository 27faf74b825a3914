package kz.elections.results.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;

/** The tile map: one tile per unit, none on another's place, the text readable on every fill, the turnout bands. */
@QuarkusTest
class TileMapTest {

    @Test
    void eachOfTheTwentyUnitsHasItsOwnPlaceOnTheGrid() {
        assertEquals(20, Units.ALL.size());
        Set<String> places = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Units.Unit unit : Units.ALL) {
            assertTrue(unit.column() >= 0 && unit.column() < Units.COLUMNS && unit.row() >= 0 && unit.row() < Units.ROWS,
                    unit.code());
            assertTrue(places.add(unit.column() + "," + unit.row()), unit.code() + " shares a place");
            assertTrue(codes.add(unit.code()));
        }
        // West to east and north to south where it matters to a reader: Mangystau west of Almaty, Pavlodar north of Abai.
        assertTrue(place("KZ-47").column() < place("KZ-75").column());
        assertTrue(place("KZ-55").row() < place("KZ-10").row());
    }

    @Test
    void thePartyMapsLegendKeysTheListsThatLeadByRegistrationIdNotByName() {
        UnitMessages msg = MessageBundles.get(UnitMessages.class, Localized.Literal.of("en"));
        // Two lists whose names are the same in this page's language; only the second leads anywhere.
        List<ResultsView.OptionRow> rows = List.of(
                new ResultsView.OptionRow("A", "list-a", "Nur", "en", "#0072B2", 10, "10", "10.00", 0L, null, false),
                new ResultsView.OptionRow("B", "list-b", "Nur", "en", "#E69F00", 90, "90", "90.00", 0L, null, false));
        ResultsView.UnitRow almaty = new ResultsView.UnitRow("KZ-75", "Almaty", "a", 1, 1, "1 of 1", "50 %", "50", "list-b",
                "Nur", "en", "#E69F00", "90.00", List.of());
        TileMap.Drawing map = ResultsView.partyMap(0, List.of(almaty), rows, msg);
        assertEquals(List.of("#E69F00", TileMap.NO_FIGURES), map.legend().stream().map(TileMap.Key::fill).toList());
    }

    @Test
    void unitsWithoutFiguresAreGreyAndEachTileLinksWhereTheCallerSays() {
        UnitMessages msg = MessageBundles.get(UnitMessages.class, Localized.Literal.of("ru"));
        TileMap.Drawing map = TileMap.of("m", "t", Map.of("KZ-75", new TileMap.Shade("#08519C", "61.00 %", "x")),
                code -> "#u-" + code, TileMap.turnoutLegend(), msg);
        assertEquals(20, map.tiles().size());
        TileMap.Tile almaty = map.tiles().stream().filter(t -> t.unitCode().equals("KZ-75")).findFirst().orElseThrow();
        assertEquals("#08519C", almaty.fill());
        assertTrue(almaty.onDark());
        assertEquals("#u-KZ-75", almaty.href());
        assertEquals("Алматы", almaty.shortName());
        TileMap.Tile astana = map.tiles().stream().filter(t -> t.unitCode().equals("KZ-71")).findFirst().orElseThrow();
        assertEquals(TileMap.NO_FIGURES, astana.fill());
        assertFalse(astana.onDark());
        assertEquals("город Астана: цифр пока нет", astana.title());
        assertEquals(List.of("0–20 %", "20–40 %", "40–60 %", "60–80 %", "80–100 %", "нет цифр"),
                map.legend().stream().map(TileMap.Key::label).toList());
        assertEquals("город Шымкент", Units.name("KZ-79", msg));
        assertEquals("KZ-99", Units.name("KZ-99", msg), "a code the map does not know stays a code");
    }

    @ParameterizedTest
    @CsvSource({"0.00, #DEEBF7", "19.99, #DEEBF7", "20.00, #9ECAE1", "59.99, #6BAED6", "60.00, #3182BD", "80.00, #08519C",
            "100.00, #08519C"})
    void turnoutFallsInBandsOfTwentyPoints(String percent, String fill) {
        assertEquals(fill, TileMap.turnoutFill(percent));
    }

    /** White text on the dark blues and the palette's blue, dark text on orange, yellow and the light bands. */
    @ParameterizedTest
    @CsvSource({"#0072B2, true", "#08519C, true", "#332288, true", "#E69F00, false", "#F0E442, false", "#DEEBF7, false",
            "#009E73, false", "#F6F8FA, false"})
    void theTextOnATileIsWhicheverContrastsMore(String fill, boolean white) {
        assertEquals(white, TileMap.darkFill(fill), fill);
    }

    private static Units.Unit place(String code) {
        return Units.ALL.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }
}
