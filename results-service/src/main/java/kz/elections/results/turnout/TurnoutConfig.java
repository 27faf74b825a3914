package kz.elections.results.turnout;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When precinct commissions report turnout. The law names no reporting times: the commission's procedure sets them,
 * per election ({@code elections."<code>".times}, {@code .close}); every other election takes the defaults. Times are
 * local clock times on election day in the precinct's unit's zone.
 */
@ConfigMapping(prefix = "tizim.turnout")
public interface TurnoutConfig {

    /** The reporting times before the close. */
    @WithDefault("10:00,12:00,14:00,16:00,18:00")
    List<LocalTime> times();

    /** The close of the polls: the last report, the day's turnout. */
    @WithDefault("20:00")
    LocalTime close();

    /** The zone of a unit not named in {@link #unitTimeZones()}. */
    @WithDefault("Asia/Almaty")
    ZoneId timeZone();

    /** A unit's own zone, by unit code ({@code unit-time-zones."KZ-15"=Asia/Aqtobe}). */
    Map<String, ZoneId> unitTimeZones();

    /**
     * Refuse a report whose time has not come yet on election day (the commission's procedure). Off only for a
     * benchmark whose election lies ahead (bench/turnout.sh).
     */
    @WithDefault("true")
    boolean refuseBeforeTime();

    /** An election's own schedule, by election code. */
    Map<String, ElectionSchedule> elections();

    interface ElectionSchedule {
        Optional<List<LocalTime>> times();

        Optional<LocalTime> close();
    }
}
