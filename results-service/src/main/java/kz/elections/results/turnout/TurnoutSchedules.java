package kz.elections.results.turnout;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.elections.common.ProblemException;
import kz.elections.law.turnout.TurnoutRules;

/** Each election's reporting times (configuration, {@link TurnoutConfig}) and each unit's zone. */
@ApplicationScoped
public class TurnoutSchedules {

    @Inject
    TurnoutConfig config;

    public TurnoutRules.Schedule of(String election) {
        Optional<TurnoutConfig.ElectionSchedule> own = Optional.ofNullable(config.elections().get(election));
        return new TurnoutRules.Schedule(own.flatMap(TurnoutConfig.ElectionSchedule::times).orElse(config.times()),
                own.flatMap(TurnoutConfig.ElectionSchedule::close).orElse(config.close()));
    }

    public ZoneId zoneOf(String unit) {
        return unit == null ? config.timeZone() : config.unitTimeZones().getOrDefault(unit, config.timeZone());
    }

    public boolean refuseBeforeTime() {
        return config.refuseBeforeTime();
    }

    /** A reporting time as a path or query names it (HH:mm); 400 naming {@code field} otherwise. */
    static LocalTime parse(String field, String time) {
        if (time == null || !time.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            throw ProblemException.invalid(field, "must be a clock time HH:mm");
        }
        return LocalTime.parse(time);
    }
}
