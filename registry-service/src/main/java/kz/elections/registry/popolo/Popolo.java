package kz.elections.registry.popolo;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The registry in the Popolo data specification (popoloproject.com): people, organizations, posts and memberships,
 * with Popolo's own property names (snake_case). Ids are stable: {@code person:…} from the person's keyed IIN hash
 * (the same person in two elections is one person, and the IIN cannot be read back), {@code party:<id>},
 * {@code body:<BODY>[:<unit>]}, {@code post:<contest code>}, {@code membership:<nomination id>}.
 */
@Schema(description = "The registry as Popolo: registered candidates, parties and bodies, candidacies, contests' seats")
public record Popolo(List<Person> persons, List<Organization> organizations, List<Membership> memberships,
        List<Post> posts) {

    /** A registered candidate: names as registered, Kazakh first; year of birth only; no IIN, no date of birth. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(String id, String name, String familyName, String givenName, String patronymicName,
            @Schema(description = "The year only (ISO 8601 reduced precision)", example = "1979") String birthDate,
            List<OtherName> otherNames) {
    }

    /** The same name in another language ({@code note}: ru, en). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OtherName(String name, String familyName, String givenName, String patronymicName, String note) {
    }

    /** A party (classification {@code party}) or an elected body ({@code legislature}, {@code executive}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(String id, String name, List<OtherName> otherNames, String classification,
            List<Identifier> identifiers, String foundingDate, String areaId) {
    }

    public record Identifier(String scheme, String identifier) {
    }

    /** A contest: the seats of a body it fills, in a division ({@code area_id}, an OCD id). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Post(String id, String label, String role, String organizationId, String areaId,
            @Schema(description = "Seats filled by this contest (an extension of Popolo)") int seats,
            @Schema(description = "The election's code (an extension of Popolo)") String election) {
    }

    /** A candidacy: who stands for which post, on behalf of which party (none when self-nominated), at which list position. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Membership(String id, String personId, String organizationId, String postId, String onBehalfOfId,
            String role, @Schema(description = "Position on the party list (an extension of Popolo)") Integer listPosition,
            @Schema(description = "The election's code (an extension of Popolo)") String election) {
    }
}
