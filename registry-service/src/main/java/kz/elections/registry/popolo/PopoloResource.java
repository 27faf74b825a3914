package kz.elections.registry.popolo;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.common.ProblemException;
import kz.elections.common.json.JsonCanonicalization;
import kz.elections.registry.election.Election;

/** The registry for the systems that speak Popolo: public, cacheable, readable from any site. */
@Path("/api/v1/popolo")
@Tag(name = "Open data")
public class PopoloResource {

    private static final String EXAMPLE = """
            {"persons": [{"id": "person:5c2e0f9a41d7b3e8a6f01c2d", "name": "Әбілов Ерлан Серікұлы", "family_name": "Әбілов",
               "given_name": "Ерлан", "patronymic_name": "Серікұлы", "birth_date": "1979",
               "other_names": [{"name": "Абилов Ерлан Серикович", "note": "ru"}]}],
             "organizations": [{"id": "party:4ea51854-26f5-40ec-94f6-67eed415098d", "name": "AMANAT",
               "classification": "party", "identifiers": [{"scheme": "tizim-party-registration", "identifier": "1"}]},
               {"id": "body:MAZHILIS", "name": "Мәжіліс", "classification": "legislature", "area_id": "ocd-division/country:kz"}],
             "memberships": [{"id": "membership:cf710fff-3080-420d-bf4e-0fc85b74a7f1",
               "person_id": "person:5c2e0f9a41d7b3e8a6f01c2d", "organization_id": "body:MAZHILIS",
               "post_id": "post:mazhilis-2023.smd-75-01", "on_behalf_of_id": "party:4ea51854-26f5-40ec-94f6-67eed415098d",
               "role": "candidate", "election": "mazhilis-2023"}],
             "posts": [{"id": "post:mazhilis-2023.smd-75-01", "label": "Алматы қаласы, №1 сайлау округі", "role": "deputy",
               "organization_id": "body:MAZHILIS", "area_id": "ocd-division/country:kz/city:75/mazhilis_district:1", "seats": 1,
               "election": "mazhilis-2023"}]}
            """;

    private static final int MAX_AGE_SECONDS = 60;

    @Inject
    PopoloExport export;

    @Inject
    ObjectMapper json;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The registry as Popolo", description = "Public. persons (registered candidates: names in Kazakh, "
            + "Russian in other_names, year of birth only, never the IIN), organizations (registered parties with their "
            + "registration number and BIN; the bodies contests fill), posts (one per contest: its seats and its OCD "
            + "division), memberships (candidacies: person, post, on_behalf_of_id the nominating party, list_position). "
            + "Ids are stable. Every election, or one with ?election=. Cacheable: ETag (If-None-Match → 304), "
            + "max-age 60 s; readable cross-origin.")
    @APIResponse(responseCode = "200", description = "The Popolo document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Popolo.class),
            examples = @ExampleObject(name = "one candidate (abridged)", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such election", content = @Content(mediaType = "application/problem+json"))
    public Response popolo(@Parameter(description = "An election's code or id; every election when absent")
    @QueryParam("election") String election, @Context Request request) throws JsonProcessingException {
        Election chosen = election == null ? null
                : Election.findByIdOrCode(election).orElseThrow(() -> ProblemException.notFound("Election", election));
        String body = json.writeValueAsString(export.of(chosen));
        EntityTag tag = new EntityTag(JsonCanonicalization.sha256(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache).build();
    }
}
