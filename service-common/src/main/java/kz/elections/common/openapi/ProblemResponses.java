package kz.elections.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import kz.elections.common.Problem;

/**
 * The error responses every operation of the API can give, in every service's API document, so that each operation
 * lists them without each resource repeating them: 503 (the database is out of reach; {@code Retry-After}) on every
 * operation, 406 (no media type the operation produces is acceptable) on every GET; both {@code application/problem+json}
 * ({@code ProblemMapper}). An operation that documents its own keeps it. The pages ({@code /ui}) are for browsers, not
 * part of the API: they are left out of the document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String UNAVAILABLE = "The database is out of reach: nothing was done; retry after Retry-After seconds "
            + "(problem type database-unavailable)";
    static final String NOT_ACCEPTABLE = "Accept names no media type this operation produces (problem type not-acceptable)";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean problemSchema = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey(Problem.class.getSimpleName());
        for (Map.Entry<String, PathItem> path : Map.copyOf(openAPI.getPaths().getPathItems()).entrySet()) {
            if (path.getKey().equals("/ui") || path.getKey().startsWith("/ui/")) {
                openAPI.getPaths().removePathItem(path.getKey());
                continue;
            }
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            path.getValue().getOperations().forEach((method, operation) -> {
                add(operation, "503", UNAVAILABLE, problemSchema, true);
                if (method == PathItem.HttpMethod.GET) {
                    add(operation, "406", NOT_ACCEPTABLE, problemSchema, false);
                }
            });
        }
    }

    private static void add(Operation operation, String status, String description, boolean problemSchema,
            boolean retryAfter) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (responses.hasAPIResponse(status)) {
            return;
        }
        org.eclipse.microprofile.openapi.models.media.MediaType problem = OASFactory.createMediaType();
        if (problemSchema) {
            problem.setSchema(OASFactory.createSchema().ref(Problem.class.getSimpleName()));
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
        if (retryAfter) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
        }
        responses.addAPIResponse(status, response);
    }
}
