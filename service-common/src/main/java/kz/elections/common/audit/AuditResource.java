package kz.elections.common.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import kz.elections.common.Caller;
import kz.elections.common.Roles;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    public record AuditEntry(UUID id, Long sequence, String entityType, UUID entityId, String action, String actor,
            OffsetDateTime at, JsonNode before, JsonNode after) {

        static AuditEntry of(AuditRecord record, boolean whole) {
            return new AuditEntry(record.id, record.sequence, record.entityType, record.entityId, record.action,
                    record.actor, record.at, whole ? record.before : AuditRedaction.forObserver(record.before),
                    whole ? record.after : AuditRedaction.forObserver(record.after));
        }
    }

    @Inject
    Caller caller;

    @Inject
    AuditChain chain;

    @Inject
    AuditReadScope scope;

    @GET
    @RolesAllowed({Roles.COMMISSION, Roles.OBSERVER})
    @Operation(summary = "The audit trail",
            description = "Commission staff and observers. With entityId: the changes of that entity, oldest first. "
                    + "Without: the most recent changes (of one entityType if given), newest first. Observers see the "
                    + "states before and after without personal data beyond a candidate's public data (the year of "
                    + "birth, never the date, sex or IIN) and without a party application's internals (members, "
                    + "initiative group, pre-check details). A service may narrow what observers read further "
                    + "(results-service: by their accreditation's territory and period; 403 saying why outside it).")
    public List<AuditEntry> list(@QueryParam("entityType") @Pattern(regexp = "[a-z-]{1,40}") String entityType,
            @QueryParam("entityId") UUID entityId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        scope.checkRead(entityId);
        List<AuditRecord> records = entityId != null
                ? AuditRecord.findFor(entityId, limit)
                : AuditRecord.findRecent(entityType, limit);
        boolean whole = caller.is(Roles.COMMISSION);
        return records.stream().filter(scope::shows).map(record -> AuditEntry.of(record, whole)).toList();
    }

    @GET
    @Path("verification")
    @RolesAllowed({Roles.COMMISSION, Roles.OBSERVER})
    @Operation(summary = "Verify the audit trail",
            description = "Commission staff and observers. Links the records not yet in the hash chain, then recomputes "
                    + "every record's content hash and the chain from its first record. firstBrokenLink names the first "
                    + "record (id, sequence) whose content or link does not match what was sealed, or is null when the "
                    + "whole chain holds; headHash is the chain hash of its last record, to compare with one kept "
                    + "elsewhere. Observers of results-service need a standing accreditation.")
    public AuditChain.Verification verify() {
        scope.checkVerification();
        return chain.verify();
    }
}
