package kz.elections.registry.nomination;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.Violation;

@Path("/api/v1/nominations/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.COMMISSION)
public class NominationImportResource {

    public record ImportView(UUID id, NominationImport.Status status, int total, int processed, int created, int failed,
            OffsetDateTime createdAt, OffsetDateTime finishedAt, List<NominationImport.RowError> errors) {
        static ImportView of(NominationImport job) {
            return new ImportView(job.id, job.status, job.total, job.processed, job.created, job.failed, job.createdAt,
                    job.finishedAt, job.errors);
        }
    }

    @Inject
    NominationImportService imports;

    @Inject
    NominationConfig config;

    @Inject
    Caller caller;

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Bulk-import nominations from CSV",
            description = "Commission staff, for contests inside their territory. The first line names the columns "
                    + "(any order): contest, route, party_id, association_name, iin, surname_kk, name_kk, patronymic_kk, "
                    + "surname_ru, name_ru, patronymic_ru, birth_date, sex, residence_years, quota_category, occupation, "
                    + "residence, education, no_criminal_record, legally_capable, signatures, signature_settlements. "
                    + "Each row is filed as through POST /api/v1/nominations; rows that fail are listed with their "
                    + "line and reasons, the others are kept. Answers 202 with the import, whose progress GET shows.")
    public Response start(InputStream body) {
        List<NominationCsv.Row> rows;
        try {
            rows = NominationCsv.parse(new InputStreamReader(body, StandardCharsets.UTF_8), config.maxImportRows());
        } catch (IOException e) {
            throw ProblemException.invalid("body", "the CSV could not be read");
        }
        if (rows.size() == 1 && rows.get(0).line() == 1) {
            throw ProblemException.invalid("The CSV header is not usable",
                    rows.get(0).errors().stream().map(m -> new Violation("line 1", m)).toList());
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("body", "the CSV has a header but no rows");
        }
        String territory = caller.territory().orElse("");
        boolean central = caller.isCentralCommission();
        NominationImport job = imports.start(rows, caller.subject(),
                unit -> central || (unit != null && unit.equals(territory)));
        return Response.accepted(ImportView.of(job)).location(URI.create("/api/v1/nominations/imports/" + job.id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's progress and per-row errors", description = "Commission staff.")
    public ImportView get(@PathParam("id") UUID id) {
        NominationImport job = NominationImport.findById(id);
        if (job == null) {
            throw ProblemException.notFound("Import", id);
        }
        return ImportView.of(job);
    }
}
