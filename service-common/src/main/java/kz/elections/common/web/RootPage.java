package kz.elections.common.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A service's root address (http://localhost:8081/, :8082/, :8083/) leads to its pages, with its query ({@code ?lang=kk}). */
@Path("/")
@PermitAll
@Tag(name = "Pages")
public class RootPage {

    @GET
    @Operation(summary = "The service's start page", description = "Public. 303 to /ui, the service's pages, keeping the query.")
    public Response root(@Context UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return Response.seeOther(URI.create(query == null ? "/ui" : "/ui?" + query)).build();
    }
}
