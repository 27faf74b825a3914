package kz.elections.results.observer;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.elections.common.audit.AuditReadScope;
import kz.elections.common.audit.AuditRecord;
import kz.elections.results.contest.ContestPrecinct;
import kz.elections.results.contest.ContestRecord;

/**
 * The audit trail as an observer reads it here, by its accreditation: the records of a precinct (its protocols) or of
 * a contest of its territory; the recent records of every territory with a national accreditation only; the chain's
 * verification with any standing one. Never the records of accreditations and observers' reports, which name observers
 * and hold their texts: an observer reads its own reports through the reports API.
 */
@ApplicationScoped
public class ObserverAuditScope implements AuditReadScope {

    static final Set<String> WITHHELD_TYPES = Set.of(AccreditationService.ENTITY_TYPE, ReportService.ENTITY_TYPE);

    @Inject
    ObserverAccess access;

    @Override
    public void checkRead(UUID entityId) {
        if (access.applies()) {
            access.require(entityId == null ? null : unitOf(entityId).orElse(null));
        }
    }

    @Override
    public void checkVerification() {
        access.requireAny();
    }

    @Override
    public boolean shows(AuditRecord record) {
        return !access.applies() || !WITHHELD_TYPES.contains(record.entityType);
    }

    /**
     * The unit an audited entity belongs to: a precinct's (protocols are audited by precinct), a contest's; empty for
     * anything national or unknown, which a national accreditation reads.
     */
    private static Optional<String> unitOf(UUID entityId) {
        Optional<String> precinct = ContestPrecinct.<ContestPrecinct>find("precinctId", entityId).firstResultOptional()
                .map(p -> p.unitCode);
        return precinct.isPresent() ? precinct
                : ContestRecord.<ContestRecord>find("id", entityId).firstResultOptional().map(c -> c.unitCode);
    }
}
