package kz.elections.results.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of a parliament seat diagram: one dot per seat on concentric half circles, the parties'
 * seats as wedges from left to right in the order given. No I/O; the same seats always give the same
 * drawing. Seat counts and the placing of seats are integer arithmetic (row radii are whole multiples of
 * the row spacing, angles are compared as exact fractions); only the coordinates are doubles, and they
 * use {@link StrictMath} so they are the same on every machine.
 */
public final class Hemicycle {

    /** A party's seats; parties are drawn in the order given, starting on the left. */
    public record Group(String id, int seats) {
    }

    /** One seat: its centre and the party it belongs to. */
    public record Dot(double x, double y, String group) {
    }

    /** The whole drawing, in SVG user units: seats per row, inner row first. */
    public record Layout(int seats, List<Integer> rows, double width, double height, double dotRadius, List<Dot> dots) {
    }

    /** Distance between rows, and the least distance between neighbours in a row. */
    public static final double SPACING = 10;
    /** Smaller than half the spacing, so neighbouring dots never touch. */
    public static final double DOT_RADIUS = 4;
    private static final double MARGIN = SPACING / 2;

    private Hemicycle() {
    }

    public static Layout of(List<Group> groups) {
        int seats = 0;
        for (Group group : groups) {
            if (group.seats() < 0) {
                throw new IllegalArgumentException("seats of " + group.id() + " must not be negative");
            }
            seats = Math.addExact(seats, group.seats());
        }
        int[] rows = seatsPerRow(seats);
        // Row i has the radius (rows + i) spacings: the inner row leaves the middle open, as in a chamber.
        double outer = (2 * rows.length - 1) * SPACING;
        double centreX = outer + MARGIN;
        double centreY = outer + MARGIN;
        List<Place> places = new ArrayList<>();
        for (int row = 0; row < rows.length; row++) {
            for (int j = 0; j < rows[row]; j++) {
                places.add(new Place(row, rows[row] == 1 ? 1 : j, rows[row] == 1 ? 2 : rows[row] - 1));
            }
        }
        // Left to right by angle, compared exactly (j/(k-1) of the half turn); the inner row first at equal angles.
        places.sort((a, b) -> {
            int byAngle = Long.compare((long) a.step() * b.steps(), (long) b.step() * a.steps());
            return byAngle != 0 ? byAngle : Integer.compare(a.row(), b.row());
        });
        List<Dot> dots = new ArrayList<>(seats);
        int next = 0;
        for (Group group : groups) {
            for (int s = 0; s < group.seats(); s++) {
                Place place = places.get(next++);
                double radius = (rows.length + place.row()) * SPACING;
                double angle = StrictMath.PI * (1 - (double) place.step() / place.steps());
                dots.add(new Dot(centreX + radius * StrictMath.cos(angle), centreY - radius * StrictMath.sin(angle), group.id()));
            }
        }
        List<Integer> rowList = new ArrayList<>();
        for (int count : rows) {
            rowList.add(count);
        }
        return new Layout(seats, List.copyOf(rowList), 2 * centreX, centreY + MARGIN, DOT_RADIUS, List.copyOf(dots));
    }

    /** A seat's place: its row and its angle as the fraction step/steps of the half turn from the left. */
    private record Place(int row, int step, int steps) {
    }

    /**
     * Seats per row, inner row first: the fewest rows that hold the seats, the seats shared in proportion
     * to the rows' radii (largest remainders, outer rows first on equal remainders), no row over its room.
     */
    static int[] seatsPerRow(int seats) {
        if (seats == 0) {
            return new int[0];
        }
        int rows = 1;
        while (capacity(rows) < seats) {
            rows++;
        }
        long radii = 0;
        for (int i = 0; i < rows; i++) {
            radii += rows + i;
        }
        int[] counts = new int[rows];
        long[] remainders = new long[rows];
        int placed = 0;
        for (int i = 0; i < rows; i++) {
            long share = (long) seats * (rows + i);
            counts[i] = (int) Math.min(share / radii, room(rows + i));
            remainders[i] = share % radii;
            placed += counts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = rows - 1; i >= 0; i--) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> remainders[i]).reversed().thenComparing(Comparator.reverseOrder()));
        // One more seat per row in that order, as long as seats are left; capacity(rows) >= seats ends it.
        while (placed < seats) {
            for (int i : order) {
                if (placed < seats && counts[i] < room(rows + i)) {
                    counts[i]++;
                    placed++;
                }
            }
        }
        return counts;
    }

    /** Seats that rows+0 … rows+(rows-1) spacings out hold together. */
    private static long capacity(int rows) {
        long total = 0;
        for (int i = 0; i < rows; i++) {
            total += room(rows + i);
        }
        return total;
    }

    /**
     * The most dots a half circle of the given radius (in spacings) holds with neighbours at least one
     * spacing apart: k dots are π/(k-1) apart, a chord of 2r·sin(π/(2(k-1))).
     */
    static int room(int radius) {
        int k = 1;
        while (2 * radius * StrictMath.sin(StrictMath.PI / (2 * k)) >= 1) {
            k++;
        }
        return k;
    }
}
