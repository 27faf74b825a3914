package kz.elections.results.observer;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import kz.elections.common.Caller;
import kz.elections.common.Problem;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.law.observer.ObserverAccreditation;
import kz.elections.law.observer.ObserverAccreditation.Decision;

/**
 * What an observer may see, by its accreditations (CL Art. 20, 20-1): the protocols (and turnout, and audit records) of
 * its territory, during its period, until revoked; a national ({@code KZ}) accreditation everything. Callers who are
 * staff (commission, tabulators) are not bounded here: their roles decide. Every read an observer makes goes through
 * {@link #require}, which refuses with 403 problem+json saying why: revoked, expired, not yet valid, another
 * territory, not accredited.
 */
@RequestScoped
public class ObserverAccess {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private List<Accreditation> held;

    /** Whether the caller's reads are bounded by an accreditation: an observer without a staff role. */
    public boolean applies() {
        return caller.is(Roles.OBSERVER) && !caller.is(Roles.COMMISSION) && !caller.is(Roles.TABULATOR);
    }

    /** The law's answer for the caller's accreditations and {@code unit} (null: national), now. */
    public Decision decide(String unit) {
        return ObserverAccreditation.access(held().stream().map(Accreditation::rule).toList(), unit, now());
    }

    /** Whether the caller may see {@code unit} (null: national): any caller the check does not apply to may. */
    public boolean sees(String unit) {
        return !applies() || decide(unit).allowed();
    }

    /** Refuses an observer who may not see {@code unit} (null: the whole country) with 403, saying why. */
    public void require(String unit) {
        if (applies()) {
            standing(unit);
        }
    }

    /** Refuses an observer without any standing accreditation, whatever its territory. */
    public void requireAny() {
        if (applies() && held().stream().noneMatch(a -> ObserverAccreditation.access(List.of(a.rule()), a.territory, now())
                .allowed())) {
            // the most telling reason among them, as for the territory of the first one (or none at all)
            require(held().isEmpty() ? null : held().get(held().size() - 1).territory);
        }
    }

    /** The caller's standing accreditation that covers {@code unit}; 403 saying why when there is none. */
    public Accreditation standing(String unit) {
        Decision decision = decide(unit);
        if (!decision.allowed()) {
            throw refusal(decision, unit);
        }
        return held().stream().filter(a -> a.rule().equals(decision.concerning())).findFirst().orElseThrow();
    }

    private List<Accreditation> held() {
        if (held == null) {
            held = Accreditation.of(caller.username());
        }
        return held;
    }

    private Instant now() {
        return clock.instant();
    }

    private ProblemException refusal(Decision decision, String unit) {
        String where = unit == null ? "the whole country" : unit;
        ObserverAccreditation.Accreditation a = decision.concerning();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("reason", decision.outcome().name());
        extensions.put("unit", unit == null ? ObserverAccreditation.NATION : unit);
        if (a != null) {
            extensions.put("territory", a.territory());
            extensions.put("validFrom", a.validFrom().toString());
            extensions.put("validTo", a.validTo().toString());
        }
        Problem problem = switch (decision.outcome()) {
            case REVOKED -> Problem.of(403, "accreditation-revoked", "Accreditation revoked",
                    "Your accreditation for " + a.territory() + " was revoked at " + a.revokedAt());
            case EXPIRED -> Problem.of(403, "accreditation-expired", "Accreditation expired",
                    "Your accreditation for " + a.territory() + " ended at " + a.validTo());
            case NOT_YET_VALID -> Problem.of(403, "accreditation-not-yet-valid", "Accreditation not yet valid",
                    "Your accreditation for " + a.territory() + " begins at " + a.validFrom());
            case OTHER_TERRITORY -> Problem.of(403, "outside-accreditation-territory", "Outside the accredited territory",
                    "Your accreditation is for " + a.territory() + ", not for " + where);
            default -> Problem.of(403, "not-accredited", "Not accredited",
                    "Observers see protocols, turnout and the audit trail once a commission accredits them; "
                            + caller.username() + " has no accreditation");
        };
        if (a != null && a.revokedAt() != null) {
            extensions.put("revokedAt", a.revokedAt().toString());
        }
        return new ProblemException(problem.withExtensions(extensions));
    }
}
