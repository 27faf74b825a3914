package kz.elections.results.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kz.elections.results.web.Hemicycle.Dot;
import kz.elections.results.web.Hemicycle.Group;
import kz.elections.results.web.Hemicycle.Layout;

class HemicycleTest {

    /** Seat totals from one seat to a large chamber, with the parties' seats as an allocation gives them. */
    static Stream<Arguments> chambers() {
        return Stream.of(
                Arguments.of(1, List.of(new Group("A", 1))),
                Arguments.of(2, List.of(new Group("A", 1), new Group("B", 1))),
                Arguments.of(7, List.of(new Group("A", 4), new Group("B", 0), new Group("C", 3))),
                // Mazhilis 2023, the list part, in ballot order (BAYTAQ below the threshold).
                Arguments.of(69, List.of(new Group("AMANAT", 40), new Group("AUYL", 8), new Group("RESPUBLICA", 6),
                        new Group("QHP", 5), new Group("BAYTAQ", 0), new Group("AKZHOL", 6), new Group("OSDP", 4))),
                // Mazhilis 2021: 98 list seats.
                Arguments.of(98, List.of(new Group("NUR_OTAN", 76), new Group("AKZHOL", 12), new Group("QHP", 10))),
                Arguments.of(150, List.of(new Group("A", 50), new Group("B", 50), new Group("C", 49), new Group("D", 1))));
    }

    @ParameterizedTest(name = "{0} seats")
    @MethodSource("chambers")
    void drawsOneDotPerSeatAndEachPartyItsSeats(int seats, List<Group> groups) {
        Layout layout = Hemicycle.of(groups);

        assertEquals(seats, layout.dots().size());
        assertEquals(seats, layout.seats());
        assertEquals(seats, layout.rows().stream().mapToInt(Integer::intValue).sum());
        Map<String, Long> drawn = layout.dots().stream().collect(Collectors.groupingBy(Dot::group, Collectors.counting()));
        Map<String, Long> allocated = groups.stream().filter(g -> g.seats() > 0)
                .collect(Collectors.toMap(Group::id, g -> (long) g.seats()));
        assertEquals(allocated, drawn);
    }

    @ParameterizedTest(name = "{0} seats")
    @MethodSource("chambers")
    void dotsNeverOverlapAndStayInsideTheDrawing(int seats, List<Group> groups) {
        Layout layout = Hemicycle.of(groups);
        double diameter = 2 * layout.dotRadius();

        List<Dot> dots = layout.dots();
        for (int a = 0; a < dots.size(); a++) {
            Dot dot = dots.get(a);
            assertTrue(dot.x() - layout.dotRadius() >= 0 && dot.x() + layout.dotRadius() <= layout.width(), "x of seat " + a);
            assertTrue(dot.y() - layout.dotRadius() >= 0 && dot.y() + layout.dotRadius() <= layout.height(), "y of seat " + a);
            for (int b = a + 1; b < dots.size(); b++) {
                double distance = StrictMath.hypot(dot.x() - dots.get(b).x(), dot.y() - dots.get(b).y());
                assertTrue(distance >= diameter, "seats " + a + " and " + b + " are " + distance + " apart");
            }
        }
    }

    @ParameterizedTest(name = "{0} seats")
    @MethodSource("chambers")
    void theSameSeatsGiveTheSameDrawing(int seats, List<Group> groups) {
        assertEquals(Hemicycle.of(groups), Hemicycle.of(new ArrayList<>(groups)));
    }

    @Test
    void partiesAreWedgesFromLeftToRightInTheOrderGiven() {
        Layout layout = Hemicycle.of(List.of(new Group("LEFT", 30), new Group("RIGHT", 39)));

        double centreX = layout.width() / 2;
        Map<String, Double> meanX = new LinkedHashMap<>();
        for (String party : List.of("LEFT", "RIGHT")) {
            meanX.put(party, layout.dots().stream().filter(d -> d.group().equals(party)).mapToDouble(Dot::x).average().orElseThrow());
        }
        assertTrue(meanX.get("LEFT") < centreX, "LEFT sits left");
        assertTrue(meanX.get("RIGHT") > centreX, "RIGHT sits right");
        assertEquals("LEFT", layout.dots().get(0).group());
    }

    @Test
    void rowsAreFilledInProportionToTheirLengthAndNeverOverTheirRoom() {
        assertEquals(List.of(1), Hemicycle.of(List.of(new Group("A", 1))).rows());
        assertEquals(List.of(3, 4), Hemicycle.of(List.of(new Group("A", 7))).rows());
        for (int seats = 1; seats <= 300; seats++) {
            int[] rows = Hemicycle.seatsPerRow(seats);
            for (int i = 0; i < rows.length; i++) {
                assertTrue(rows[i] <= Hemicycle.room(rows.length + i), seats + " seats: row " + i + " over its room");
                assertTrue(i == 0 || rows[i] >= rows[i - 1], seats + " seats: outer rows hold no fewer seats");
            }
        }
    }

    @Test
    void noSeatsDrawNothingAndNegativeSeatsAreRefused() {
        assertEquals(List.of(), Hemicycle.of(List.of(new Group("A", 0))).dots());
        assertThrows(IllegalArgumentException.class, () -> Hemicycle.of(List.of(new Group("A", -1))));
    }
}
