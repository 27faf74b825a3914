package kz.elections.results.observer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.elections.law.observer.ObserverAccreditation;

/** Request and response bodies of observers' accreditations and reports. */
public final class ObserverApi {

    /** The longest report an observer may file, in characters. */
    public static final int MAX_TEXT = 4000;

    private ObserverApi() {
    }

    @Schema(description = "An observer's accreditation. username: the observer's Keycloak user name (the token's "
            + "preferred_username). INTERNATIONAL (a foreign state or an international organisation: country, ISO 3166-1 "
            + "alpha-2) only by the central commission; DOMESTIC (organisationKind PARTY, PUBLIC_ASSOCIATION or MEDIA) by "
            + "the commission of the territory. territory: a unit code, or KZ (the whole country; central commission only). "
            + "The period is inclusive at both ends.")
    public record AccreditationRequest(
            @NotBlank @Size(max = 255) String username,
            @NotNull ObserverAccreditation.Kind kind,
            @NotBlank @Size(max = 300) String organisation,
            ObserverAccreditation.OrganisationKind organisationKind,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code") String country,
            @NotNull @Pattern(regexp = "KZ|KZ-\\d{2}") String territory,
            @NotNull OffsetDateTime validFrom,
            @NotNull OffsetDateTime validTo) {
    }

    public record RevocationRequest(@NotBlank @Size(max = 2000) String grounds) {
    }

    public record AccreditationView(UUID id, String username, ObserverAccreditation.Kind kind, String organisation,
            ObserverAccreditation.OrganisationKind organisationKind, String country, String territory,
            OffsetDateTime validFrom, OffsetDateTime validTo, String accreditedBy, OffsetDateTime accreditedAt,
            OffsetDateTime revokedAt, String revocationGrounds) {

        static AccreditationView of(Accreditation a) {
            return new AccreditationView(a.id, a.username, a.kind, a.organisation, a.organisationKind, a.country,
                    a.territory, a.validFrom, a.validTo, a.accreditedBy, a.accreditedAt, a.revokedAt, a.revocationGrounds);
        }
    }

    @Schema(description = "An observer's report about a precinct: the contest whose precinct it is (by code), when it was "
            + "observed, what it is about, the text in Kazakh or Russian, and optionally the protocol it concerns.")
    public record ReportRequest(
            @NotBlank @Size(max = 80) String contest,
            @NotNull UUID precinct,
            @NotNull OffsetDateTime observedAt,
            @NotNull ReportCategory category,
            @NotNull @Pattern(regexp = "kk|ru") String language,
            @NotBlank @Size(max = MAX_TEXT) String text,
            UUID protocol) {
    }

    @Schema(description = "The commission's answer: ACKNOWLEDGED, then EXAMINED, then UPHELD or DISMISSED, which need "
            + "reasons.")
    public record AnswerRequest(@NotNull ReportState state, @Size(max = 2000) String reason) {
    }

    public record ReportView(UUID id, String electionCode, String contestCode, UUID precinct, String unitCode,
            OffsetDateTime observedAt, ReportCategory category, String language, String text, UUID protocol,
            ReportState state, OffsetDateTime filedAt, List<ObserverReport.Answer> answers, String observer) {

        static ReportView of(ObserverReport r) {
            return new ReportView(r.id, r.electionCode, r.contestCode, r.precinctId, r.unitCode, r.observedAt, r.category,
                    r.language, r.text, r.protocolId, r.state, r.filedAt, List.copyOf(r.answers), r.observer);
        }
    }

    @Schema(description = "How many observers' reports of an election there are in each unit, by category and state. "
            + "Never who filed them or what they say.")
    public record ReportCounts(String electionCode, long total, List<Count> counts) {
    }

    public record Count(String unitCode, ReportCategory category, ReportState state, long reports) {
    }
}
