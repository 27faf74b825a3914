package kz.elections.results.observer;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.Enums;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.ratelimit.RateLimited;
import kz.elections.results.observer.ObserverApi.ReportView;

@Path("/api/v1/observer-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observers")
@SecurityRequirement(name = "bearer")
public class ReportResource {

    /** The name of the per-observer limit on filing ({@code tizim.rate-limit.limits.observer-reports.*}). */
    public static final String RATE_LIMIT = "observer-reports";

    @Inject
    ReportService reports;

    @Inject
    ObserverAccess access;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OBSERVER)
    @RateLimited(RATE_LIMIT)
    @Operation(summary = "File an observer's report", description = "Observers accredited for the precinct's unit (or the "
            + "whole country), during their accreditation: about a precinct of a contest, observed at a time not in the "
            + "future nor before the accreditation, in a category of the fixed list, with a text in Kazakh or Russian (at "
            + "most 4,000 characters), optionally about one of the precinct's protocols. 403 saying why when the "
            + "accreditation does not reach the precinct (expired, revoked, another territory). Limited per observer "
            + "(tizim.rate-limit.limits.observer-reports.*; 429 with Retry-After beyond it). Audited.")
    public Response file(@NotNull @Valid ObserverApi.ReportRequest request) {
        access.requireAny(); // an observer without a standing accreditation loads no contest
        ReportService.Place place = reports.place(request);
        Accreditation accreditation = access.standing(place.precinct().unitCode);
        ObserverReport r = reports.file(request, place, accreditation, caller.username());
        return Response.created(URI.create("/api/v1/observer-reports/" + r.id)).entity(ReportView.of(r)).build();
    }

    @GET
    @RolesAllowed({Roles.OBSERVER, Roles.COMMISSION})
    @Operation(summary = "Observers' reports", description = "Observers: their own reports with the commission's answers, "
            + "newest first. Commission staff: the queue of their territory (the central commission: every unit), oldest "
            + "first, optionally of one state.")
    public List<ReportView> list(@QueryParam("state") String state) {
        ReportState wanted = state == null || state.isBlank() ? null : Enums.parse(ReportState.class, "state", state);
        List<ObserverReport> found = caller.is(Roles.COMMISSION)
                ? ObserverReport.queue(caller.territory().orElse(""), wanted)
                : ObserverReport.filedBy(caller.username()).stream().filter(r -> wanted == null || r.state == wanted).toList();
        return found.stream().map(ReportView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OBSERVER, Roles.COMMISSION})
    @Operation(summary = "One observer's report", description = "The observer who filed it, or commission staff of its "
            + "precinct's unit (or the central commission). Another observer gets 403.")
    public ReportView get(@PathParam("id") UUID id) {
        return ReportView.of(readable(id));
    }

    /** The report, if the caller may read it: its observer, or the commission of its unit. */
    private ObserverReport readable(UUID id) {
        ObserverReport r = ObserverReport.findById(id);
        if (r == null) {
            throw ProblemException.notFound("Observer report", id);
        }
        if (!caller.mayActIn(r.unitCode) && !(caller.is(Roles.OBSERVER) && r.observer.equals(caller.username()))) {
            throw ProblemException.forbidden("Observers read their own reports; commissions those of their territory");
        }
        return r;
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Answer an observer's report", description = "Commission staff of the precinct's unit (or the "
            + "central commission): FILED → ACKNOWLEDGED → EXAMINED → UPHELD or DISMISSED, one step at a time, the last "
            + "with reasons; any other step is 409 naming the report's state. The observer sees each answer. Audited.")
    public ReportView answer(@PathParam("id") UUID id, @NotNull @Valid ObserverApi.AnswerRequest request) {
        return ReportView.of(reports.answer(id, request, caller.subject(), caller::mayActIn));
    }
}
