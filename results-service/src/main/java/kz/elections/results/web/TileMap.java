package kz.elections.results.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The map of Kazakhstan's 20 units as the pages draw it: one equal square per unit at its place on the grid of
 * {@link Units}, filled with a colour the caller chooses (the leading list's, or a turnout band), the unit's short name
 * and its figure on it, and a link to the unit's figures. Drawn as SVG attributes on the server (the pages' policy
 * allows no inline style); the text on a tile is dark or white, whichever contrasts more with the fill. A unit without
 * figures is light grey.
 */
public final class TileMap {

    public static final int TILE = 60;
    public static final int GAP = 4;
    static final String NO_FIGURES = "#F6F8FA";
    /** The pages' text colour: the darker of the two a tile's text may have. */
    static final String DARK_TEXT = "#1F2328";

    /** What a unit's tile shows: its fill, the figure on it and the sentence that says it. */
    public record Shade(String fill, String value, String title) {
    }

    /** One tile; {@code onDark}: the fill is dark, the text white. */
    public record Tile(String unitCode, String x, String y, String fill, boolean onDark, String textX, String nameY,
            String valueY, String shortName, String value, String title, String href) {
    }

    public record Key(String fill, String label) {
    }

    public record Drawing(String id, String title, int width, int height, int size, List<Tile> tiles, List<Key> legend) {
    }

    /** Turnout bands of 20 points, light to dark (ColorBrewer's Blues, which stay apart for colour-blind readers). */
    static final List<String> TURNOUT_BANDS = List.of("#DEEBF7", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C");

    private TileMap() {
    }

    /**
     * @param shades the units with figures, by code; the others are drawn without
     * @param href where a unit's tile leads
     */
    public static Drawing of(String id, String title, Map<String, Shade> shades, Function<String, String> href,
            List<Key> legend, UnitMessages msg) {
        List<Tile> tiles = new ArrayList<>();
        for (Units.Unit unit : Units.ALL) {
            String name = unit.name().apply(msg);
            Shade shade = shades.get(unit.code());
            if (shade == null) {
                shade = new Shade(NO_FIGURES, "—", msg.map_tile_none(name));
            }
            int x = GAP + unit.column() * (TILE + GAP);
            int y = GAP + unit.row() * (TILE + GAP);
            tiles.add(new Tile(unit.code(), String.valueOf(x), String.valueOf(y), shade.fill(), darkFill(shade.fill()),
                    String.valueOf(x + TILE / 2), String.valueOf(y + TILE / 2 - 6), String.valueOf(y + TILE / 2 + 12),
                    unit.shortName().apply(msg), shade.value(), shade.title(), href.apply(unit.code())));
        }
        List<Key> keys = new ArrayList<>(legend);
        if (tiles.stream().anyMatch(t -> NO_FIGURES.equals(t.fill()))) {
            keys.add(new Key(NO_FIGURES, msg.map_none()));
        }
        return new Drawing(id, title, GAP + Units.COLUMNS * (TILE + GAP), GAP + Units.ROWS * (TILE + GAP), TILE,
                List.copyOf(tiles), List.copyOf(keys));
    }

    /** A turnout's band: 0–20 %, 20–40 %, …, 80–100 % (a band includes its lower bound). */
    public static String turnoutFill(String percent) {
        int band = new BigDecimal(percent).divideToIntegralValue(BigDecimal.valueOf(20)).intValue();
        return TURNOUT_BANDS.get(Math.max(0, Math.min(band, TURNOUT_BANDS.size() - 1)));
    }

    /** The turnout bands' key. */
    public static List<Key> turnoutLegend() {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < TURNOUT_BANDS.size(); i++) {
            keys.add(new Key(TURNOUT_BANDS.get(i), (i * 20) + "–" + (i * 20 + 20) + " %"));
        }
        return keys;
    }

    /** Whether white text contrasts more with the fill than the dark text does (WCAG 2 relative luminance). */
    static boolean darkFill(String hex) {
        double fill = luminance(hex);
        double white = 1.05 / (fill + 0.05);
        double dark = (fill + 0.05) / (luminance(DARK_TEXT) + 0.05);
        return white > dark;
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : StrictMath.pow((c + 0.055) / 1.055, 2.4);
    }
}
