package kz.elections.common.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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

import kz.elections.common.Roles;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    public record AuditEntry(UUID id, String entityType, UUID entityId, String action, String actor,
            OffsetDateTime at, JsonNode before, JsonNode after) {

        static AuditEntry of(AuditRecord record) {
            return new AuditEntry(record.id, record.entityType, record.entityId, record.action, record.actor,
                    record.at, record.before, record.after);
        }
    }

    @GET
    @RolesAllowed({Roles.COMMISSION, Roles.OBSERVER})
    @Operation(summary = "The audit trail",
            description = "Commission staff and observers. With entityId: the changes of that entity, oldest first. "
                    + "Without: the most recent changes (of one entityType if given), newest first.")
    public List<AuditEntry> list(@QueryParam("entityType") @Pattern(regexp = "[a-z-]{1,40}") String entityType,
            @QueryParam("entityId") UUID entityId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        List<AuditRecord> records = entityId != null
                ? AuditRecord.findFor(entityId, limit)
                : AuditRecord.findRecent(entityType, limit);
        return records.stream().map(AuditEntry::of).toList();
    }
}
