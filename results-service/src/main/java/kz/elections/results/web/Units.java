package kz.elections.results.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kazakhstan's 20 first-level units (ISO 3166-2:KZ codes, as the registry's region table): their names in the page's
 * language and their tile on the map. Public boundary sets predate the 2022 regions (Abai, Zhetisu, Ulytau), so the map
 * is a tile grid: one equal tile per unit, placed where the unit roughly lies, west to east and north to south, on a
 * grid of {@link #COLUMNS} by {@link #ROWS}.
 */
public final class Units {

    public static final int COLUMNS = 7;
    public static final int ROWS = 4;

    /** A unit's tile: {@code column} from the west, {@code row} from the north. */
    public record Unit(String code, int column, int row, Function<UnitMessages, String> name,
            Function<UnitMessages, String> shortName) {
    }

    /** North to south, west to east. */
    public static final List<Unit> ALL = List.of(
            new Unit("KZ-27", 0, 0, UnitMessages::name_KZ_27, UnitMessages::short_KZ_27),
            new Unit("KZ-39", 2, 0, UnitMessages::name_KZ_39, UnitMessages::short_KZ_39),
            new Unit("KZ-59", 3, 0, UnitMessages::name_KZ_59, UnitMessages::short_KZ_59),
            new Unit("KZ-55", 5, 0, UnitMessages::name_KZ_55, UnitMessages::short_KZ_55),
            new Unit("KZ-23", 0, 1, UnitMessages::name_KZ_23, UnitMessages::short_KZ_23),
            new Unit("KZ-15", 1, 1, UnitMessages::name_KZ_15, UnitMessages::short_KZ_15),
            new Unit("KZ-62", 2, 1, UnitMessages::name_KZ_62, UnitMessages::short_KZ_62),
            new Unit("KZ-11", 3, 1, UnitMessages::name_KZ_11, UnitMessages::short_KZ_11),
            new Unit("KZ-71", 4, 1, UnitMessages::name_KZ_71, UnitMessages::short_KZ_71),
            new Unit("KZ-10", 5, 1, UnitMessages::name_KZ_10, UnitMessages::short_KZ_10),
            new Unit("KZ-63", 6, 1, UnitMessages::name_KZ_63, UnitMessages::short_KZ_63),
            new Unit("KZ-47", 0, 2, UnitMessages::name_KZ_47, UnitMessages::short_KZ_47),
            new Unit("KZ-43", 1, 2, UnitMessages::name_KZ_43, UnitMessages::short_KZ_43),
            new Unit("KZ-61", 2, 2, UnitMessages::name_KZ_61, UnitMessages::short_KZ_61),
            new Unit("KZ-35", 3, 2, UnitMessages::name_KZ_35, UnitMessages::short_KZ_35),
            new Unit("KZ-19", 4, 2, UnitMessages::name_KZ_19, UnitMessages::short_KZ_19),
            new Unit("KZ-33", 5, 2, UnitMessages::name_KZ_33, UnitMessages::short_KZ_33),
            new Unit("KZ-79", 2, 3, UnitMessages::name_KZ_79, UnitMessages::short_KZ_79),
            new Unit("KZ-31", 3, 3, UnitMessages::name_KZ_31, UnitMessages::short_KZ_31),
            new Unit("KZ-75", 4, 3, UnitMessages::name_KZ_75, UnitMessages::short_KZ_75));

    private static final Map<String, Unit> BY_CODE = ALL.stream().collect(Collectors.toUnmodifiableMap(Unit::code, u -> u));

    private Units() {
    }

    /** The unit's name in the bundle's language; a code this list does not know stays as it is. */
    public static String name(String code, UnitMessages msg) {
        Unit unit = code == null ? null : BY_CODE.get(code);
        return unit == null ? code : unit.name().apply(msg);
    }

    /** The short name a tile has room for. */
    public static String shortName(String code, UnitMessages msg) {
        Unit unit = code == null ? null : BY_CODE.get(code);
        return unit == null ? code : unit.shortName().apply(msg);
    }
}
