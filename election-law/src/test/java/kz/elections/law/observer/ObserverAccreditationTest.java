package kz.elections.law.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.observer.ObserverAccreditation.Accreditation;
import kz.elections.law.observer.ObserverAccreditation.Kind;
import kz.elections.law.observer.ObserverAccreditation.Outcome;

/** Observers' accreditation and what it lets them see (CL Art. 20, 20-1). */
class ObserverAccreditationTest {

    private static final Instant FROM = Instant.parse("2023-03-18T00:00:00Z");
    private static final Instant TO = Instant.parse("2023-03-20T18:00:00Z");

    private static Accreditation almaty(Instant revokedAt) {
        return new Accreditation("KZ-75", FROM, TO, revokedAt);
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({
            "2023-03-17T23:59:59Z, NOT_YET_VALID",
            "2023-03-18T00:00:00Z, ALLOWED",
            "2023-03-19T12:00:00Z, ALLOWED",
            "2023-03-20T18:00:00Z, ALLOWED",
            "2023-03-20T18:00:01Z, EXPIRED",
    })
    void anAccreditationHoldsFromItsFirstToItsLastInstantInclusive(Instant now, Outcome expected) {
        assertEquals(expected, ObserverAccreditation.access(List.of(almaty(null)), "KZ-75", now).outcome());
    }

    @ParameterizedTest(name = "revoked at {0}, seen at {1}: {2}")
    @CsvSource({
            "2023-03-19T10:00:00Z, 2023-03-19T09:59:59Z, ALLOWED",
            "2023-03-19T10:00:00Z, 2023-03-19T10:00:00Z, REVOKED",
            "2023-03-19T10:00:00Z, 2023-03-21T00:00:00Z, REVOKED",
    })
    void aRevokedAccreditationGivesNothingFromTheMomentOfRevocation(Instant revokedAt, Instant now, Outcome expected) {
        assertEquals(expected, ObserverAccreditation.access(List.of(almaty(revokedAt)), "KZ-75", now).outcome());
    }

    @ParameterizedTest(name = "{0} observing {1}: {2}")
    @CsvSource({
            "KZ-75, KZ-75, ALLOWED",
            "KZ-75, KZ-71, OTHER_TERRITORY",
            // a national contest (no unit) belongs to no single territory
            "KZ-75, ,      OTHER_TERRITORY",
            "KZ,    KZ-71, ALLOWED",
            "KZ,    ,      ALLOWED",
    })
    void anObserverSeesItsOwnTerritoryAndOnlyTheNationalAccreditationSeesEverything(String territory, String unit,
            Outcome expected) {
        Accreditation held = new Accreditation(territory, FROM, TO, null);
        assertEquals(expected, ObserverAccreditation.access(List.of(held), unit, FROM).outcome());
    }

    @Test
    void withoutAnyAccreditationNothingIsAllowed() {
        assertEquals(Outcome.NOT_ACCREDITED, ObserverAccreditation.access(List.of(), "KZ-75", FROM).outcome());
    }

    @Test
    void oneStandingAccreditationOfTheTerritoryIsEnoughWhateverTheOthersSay() {
        Accreditation revoked = almaty(FROM);
        Accreditation elsewhere = new Accreditation("KZ-71", FROM, TO, null);
        Accreditation standing = almaty(null);
        assertEquals(Outcome.ALLOWED,
                ObserverAccreditation.access(List.of(revoked, elsewhere, standing), "KZ-75", FROM.plusSeconds(60)).outcome());
    }

    @Test
    void theRefusalNamesTheAccreditationOfTheTerritoryBeforeOneOfAnotherTerritory() {
        Accreditation elsewhere = new Accreditation("KZ-71", FROM, TO, null);
        Accreditation expired = almaty(null);
        ObserverAccreditation.Decision decision = ObserverAccreditation.access(List.of(elsewhere, expired), "KZ-75",
                TO.plusSeconds(1));
        assertEquals(Outcome.EXPIRED, decision.outcome());
        assertEquals(expired, decision.concerning());
    }

    @ParameterizedTest(name = "{0} for {2} by the commission of {1}: refused {3}")
    @CsvSource({
            "INTERNATIONAL, KZ,    KZ,    false",
            "INTERNATIONAL, KZ,    KZ-75, false",
            "INTERNATIONAL, KZ-75, KZ-75, true",
            "DOMESTIC,      KZ-75, KZ-75, false",
            "DOMESTIC,      KZ,    KZ-75, false",
            "DOMESTIC,      KZ-75, KZ-71, true",
            "DOMESTIC,      KZ-75, KZ,    true",
            "DOMESTIC,      ,      KZ-75, true",
    })
    void internationalObserversAreAccreditedCentrallyAndDomesticOnesByTheirTerritorysCommission(Kind kind,
            String accreditor, String territory, boolean refused) {
        Optional<String> refusal = ObserverAccreditation.accreditorRefusal(kind, accreditor, territory);
        assertEquals(refused, refusal.isPresent(), refusal.orElse("accepted"));
    }
}
