package kz.elections.results.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of Kazakhstan's 20 first-level units (as the registry's region table has them: 17 regions and 3 cities
 * since June 2022) in full and short for the tiles of the map, and the map's words; Kazakh and Russian in
 * messages/units_kk|ru.properties.
 */
@MessageBundle(value = "units", locale = "en")
public interface UnitMessages {

    @Message("Leading list by unit")
    String map_party_title();

    @Message("Turnout by unit")
    String map_turnout_title();

    @Message("Each unit is one equal tile, placed roughly where it lies; a tile leads to the unit's figures.")
    String map_note();

    @Message("{unit}: {party} leads with {percent} %")
    String map_tile_party(String unit, String party, String percent);

    @Message("{unit}: turnout {percent} %")
    String map_tile_turnout(String unit, String percent);

    @Message("{unit}: no figures yet")
    String map_tile_none(String unit);

    @Message("no figures")
    String map_none();

    @Message("Key")
    String map_legend();

    @Message("Abai Region")
    String name_KZ_10();

    @Message("Abai")
    String short_KZ_10();

    @Message("Akmola Region")
    String name_KZ_11();

    @Message("Akmola")
    String short_KZ_11();

    @Message("Aktobe Region")
    String name_KZ_15();

    @Message("Aktobe")
    String short_KZ_15();

    @Message("Almaty Region")
    String name_KZ_19();

    @Message("Almaty Reg.")
    String short_KZ_19();

    @Message("Atyrau Region")
    String name_KZ_23();

    @Message("Atyrau")
    String short_KZ_23();

    @Message("West Kazakhstan Region")
    String name_KZ_27();

    @Message("W. Kaz.")
    String short_KZ_27();

    @Message("Zhambyl Region")
    String name_KZ_31();

    @Message("Zhambyl")
    String short_KZ_31();

    @Message("Zhetisu Region")
    String name_KZ_33();

    @Message("Zhetisu")
    String short_KZ_33();

    @Message("Karaganda Region")
    String name_KZ_35();

    @Message("Karaganda")
    String short_KZ_35();

    @Message("Kostanay Region")
    String name_KZ_39();

    @Message("Kostanay")
    String short_KZ_39();

    @Message("Kyzylorda Region")
    String name_KZ_43();

    @Message("Kyzylorda")
    String short_KZ_43();

    @Message("Mangystau Region")
    String name_KZ_47();

    @Message("Mangystau")
    String short_KZ_47();

    @Message("Pavlodar Region")
    String name_KZ_55();

    @Message("Pavlodar")
    String short_KZ_55();

    @Message("North Kazakhstan Region")
    String name_KZ_59();

    @Message("N. Kaz.")
    String short_KZ_59();

    @Message("Turkistan Region")
    String name_KZ_61();

    @Message("Turkistan")
    String short_KZ_61();

    @Message("Ulytau Region")
    String name_KZ_62();

    @Message("Ulytau")
    String short_KZ_62();

    @Message("East Kazakhstan Region")
    String name_KZ_63();

    @Message("E. Kaz.")
    String short_KZ_63();

    @Message("Astana")
    String name_KZ_71();

    @Message("Astana")
    String short_KZ_71();

    @Message("Almaty")
    String name_KZ_75();

    @Message("Almaty")
    String short_KZ_75();

    @Message("Shymkent")
    String name_KZ_79();

    @Message("Shymkent")
    String short_KZ_79();
}
