package kz.elections.results.observer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.elections.common.ProblemException;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.observer.ObserverAccreditation;
import kz.elections.results.observer.ObserverApi.AccreditationRequest;
import kz.elections.results.observer.ObserverApi.AccreditationView;

/** Accredits observers and revokes accreditations, each with its audit record in the same transaction. */
@ApplicationScoped
public class AccreditationService {

    static final String ENTITY_TYPE = "observer-accreditation";

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Accredits as a commission member of {@code accreditorTerritory}; 403 where the law gives that to another commission. */
    @Transactional
    public Accreditation accredit(AccreditationRequest request, String actor, String accreditorTerritory) {
        ObserverAccreditation.accreditorRefusal(request.kind(), accreditorTerritory, request.territory())
                .ifPresent(refusal -> {
                    throw ProblemException.forbidden("The commission of " + accreditorTerritory + " may not accredit this "
                            + "observer: " + refusal);
                });
        List<Violation> violations = new ArrayList<>();
        if (!request.validTo().isAfter(request.validFrom())) {
            violations.add(new Violation("validTo", "must be after validFrom"));
        }
        if (request.kind() == ObserverAccreditation.Kind.INTERNATIONAL && request.country() == null) {
            violations.add(new Violation("country", "is required for an international observer"));
        }
        if (request.kind() == ObserverAccreditation.Kind.DOMESTIC && request.organisationKind() == null) {
            violations.add(new Violation("organisationKind", "is required for a domestic observer: PARTY, "
                    + "PUBLIC_ASSOCIATION or MEDIA"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The accreditation is incomplete", violations);
        }
        Accreditation a = new Accreditation();
        a.id = UUID.randomUUID();
        a.username = request.username().strip();
        a.kind = request.kind();
        a.organisation = request.organisation().strip();
        a.organisationKind = request.kind() == ObserverAccreditation.Kind.DOMESTIC ? request.organisationKind() : null;
        a.country = request.kind() == ObserverAccreditation.Kind.INTERNATIONAL ? request.country() : null;
        a.territory = request.territory();
        a.validFrom = request.validFrom();
        a.validTo = request.validTo();
        a.accreditedBy = actor;
        a.accreditedAt = OffsetDateTime.now(clock);
        a.persist();
        audit.record(actor, ENTITY_TYPE, a.id, "observer.accredited", null, AccreditationView.of(a));
        return a;
    }

    /** Revokes with grounds, by a commission that could have given the accreditation; 409 if it is revoked already. */
    @Transactional
    public Accreditation revoke(UUID id, String grounds, String actor, String revokerTerritory) {
        Accreditation a = Accreditation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw ProblemException.notFound("Accreditation", id);
        }
        ObserverAccreditation.accreditorRefusal(a.kind, revokerTerritory, a.territory).ifPresent(refusal -> {
            throw ProblemException.forbidden("The commission of " + revokerTerritory + " may not revoke this "
                    + "accreditation: " + refusal);
        });
        if (a.revokedAt != null) {
            throw ProblemException.conflict("accreditation-revoked", "Already revoked", "Accreditation " + id
                    + " is REVOKED since " + a.revokedAt, Map.of("currentState", "REVOKED"));
        }
        AccreditationView before = AccreditationView.of(a);
        a.revokedAt = OffsetDateTime.now(clock);
        a.revokedBy = actor;
        a.revocationGrounds = grounds.strip();
        audit.record(actor, ENTITY_TYPE, a.id, "observer.accreditation-revoked", before, AccreditationView.of(a));
        return a;
    }
}
