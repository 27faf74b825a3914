package kz.elections.results.turnout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart of one unit's turnout through the day, drawn as SVG coordinates on the server: one step along
 * the x axis per reporting time, 0 to 100 % up the y axis, a point for each time the unit's precincts reported, joined
 * by a line. The figures themselves are exact (the API's percentages); only the coordinates are decimals.
 */
public final class TurnoutChart {

    public static final int WIDTH = 240;
    public static final int HEIGHT = 130;
    static final double LEFT = 34;
    static final double RIGHT = 10;
    static final double TOP = 8;
    static final double BOTTOM = 26;

    /** A reporting time and the unit's percentage then; null when none of its precincts reported it. */
    public record Sample(String time, String percent) {
    }

    public record Point(String x, String y, String time, String percent) {
    }

    /** An axis label at (x, y). */
    public record Tick(String x, String y, String label) {
    }

    /** {@code line}: the polyline's points attribute; {@code grid}: the y coordinates of 0, 50 and 100 %. */
    public record Chart(int width, int height, String line, List<Point> points, List<Tick> times, List<Tick> levels,
            String plotLeft, String plotRight) {
    }

    private TurnoutChart() {
    }

    public static Chart of(List<Sample> samples) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double step = samples.size() > 1 ? plotWidth / (samples.size() - 1) : 0;
        List<Point> points = new ArrayList<>();
        List<Tick> times = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            double x = LEFT + step * i;
            times.add(new Tick(decimal(x), decimal(HEIGHT - 8.0), sample.time()));
            if (sample.percent() != null) {
                double y = y(new BigDecimal(sample.percent()).doubleValue());
                points.add(new Point(decimal(x), decimal(y), sample.time(), sample.percent()));
                line.append(line.isEmpty() ? "" : " ").append(decimal(x)).append(',').append(decimal(y));
            }
        }
        List<Tick> levels = List.of(0, 50, 100).stream()
                .map(level -> new Tick(decimal(LEFT - 4), decimal(y(level)), level + " %")).toList();
        return new Chart(WIDTH, HEIGHT, line.toString(), points, times, levels, decimal(LEFT), decimal(WIDTH - RIGHT));
    }

    private static double y(double percent) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - percent) / 100;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
