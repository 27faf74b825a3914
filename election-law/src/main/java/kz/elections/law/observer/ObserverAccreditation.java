package kz.elections.law.observer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who accredits an observer, and what an accreditation lets the observer see: the protocols and turnout of its
 * territory, during its period, until it is revoked. Domestic observers (parties, public associations, media) are
 * registered by the commission of the territory they observe (CL Art. 20); observers of foreign states and
 * international organisations by the central commission only (CL Art. 20-1). A territory is a unit code
 * ({@code KZ-75}) or {@value #NATION}, the whole country, which only the central commission gives.
 */
public final class ObserverAccreditation {

    /** The whole country: the central commission's territory, and the only accreditation that reads everywhere. */
    public static final String NATION = "KZ";

    public enum Kind {
        /** Foreign states and international organisations (CL Art. 20-1). */
        INTERNATIONAL,
        /** Parties, public associations and media of Kazakhstan (CL Art. 20). */
        DOMESTIC
    }

    /** What the observer's organisation is, for a domestic observer. */
    public enum OrganisationKind {
        PARTY, PUBLIC_ASSOCIATION, MEDIA
    }

    /** An accreditation as the access rule needs it; {@code revokedAt} null while it stands. */
    public record Accreditation(String territory, Instant validFrom, Instant validTo, Instant revokedAt) {
    }

    /** Why an observer may or may not see something, most telling first after {@link #ALLOWED}. */
    public enum Outcome {
        ALLOWED,
        /** An accreditation of this territory was revoked. */
        REVOKED,
        /** An accreditation of this territory ended before now. */
        EXPIRED,
        /** An accreditation of this territory starts later. */
        NOT_YET_VALID,
        /** Accredited, but for another territory. */
        OTHER_TERRITORY,
        /** No accreditation at all. */
        NOT_ACCREDITED
    }

    /** The outcome, and the accreditation it concerns (null for {@link Outcome#NOT_ACCREDITED}). */
    public record Decision(Outcome outcome, Accreditation concerning) {
        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }
    }

    private ObserverAccreditation() {
    }

    /**
     * Whether a commission of {@code accreditorTerritory} may accredit an observer of {@code kind} for {@code territory}:
     * international observers only by the central commission (CL Art. 20-1); domestic ones by the commission of the
     * territory or the central one (CL Art. 20). Empty when it may; otherwise why not.
     */
    public static Optional<String> accreditorRefusal(Kind kind, String accreditorTerritory, String territory) {
        boolean central = NATION.equals(accreditorTerritory);
        if (kind == Kind.INTERNATIONAL && !central) {
            return Optional.of("international observers are accredited by the central commission only (CL Art. 20-1)");
        }
        if (!central && (accreditorTerritory == null || !accreditorTerritory.equals(territory))) {
            return Optional.of("a territorial commission accredits observers of its own territory only (CL Art. 20)");
        }
        return Optional.empty();
    }

    /** Whether an accreditation for {@code territory} reaches {@code unit}; a null unit is national (the whole country). */
    public static boolean covers(String territory, String unit) {
        return NATION.equals(territory) || (unit != null && unit.equals(territory));
    }

    /**
     * What the accreditations {@code held} let the observer see of {@code unit} (null: national) at {@code now}: allowed
     * when one of them covers the unit, has begun, has not ended and is not revoked (its period inclusive at both ends,
     * as the platform's windows are); otherwise the most telling reason among those of the unit (revoked, expired, not
     * yet valid), then another territory, then none (CL Art. 20, 20-1).
     */
    public static Decision access(List<Accreditation> held, String unit, Instant now) {
        Decision best = new Decision(Outcome.NOT_ACCREDITED, null);
        for (Accreditation a : held) {
            Outcome outcome = !covers(a.territory(), unit) ? Outcome.OTHER_TERRITORY
                    : a.revokedAt() != null && !a.revokedAt().isAfter(now) ? Outcome.REVOKED
                    : now.isAfter(a.validTo()) ? Outcome.EXPIRED
                    : now.isBefore(a.validFrom()) ? Outcome.NOT_YET_VALID
                    : Outcome.ALLOWED;
            if (outcome.ordinal() < best.outcome().ordinal()) {
                best = new Decision(outcome, a);
            }
        }
        return best;
    }
}
