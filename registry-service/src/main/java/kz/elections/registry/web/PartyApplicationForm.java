package kz.elections.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ws.rs.core.MultivaluedMap;

import kz.elections.common.web.CommonMessages;
import kz.elections.common.web.FormErrors;
import kz.elections.registry.party.PartyApi;
import kz.elections.registry.region.RegionResource;

/**
 * A party's registration application as a form: the API's fields under the API's names
 * ({@code initiativeGroup.size}), the initiative group's units as one checkbox per unit, so a unit
 * code can only be one the registry knows.
 */
public final class PartyApplicationForm {

    static final String UNITS = "initiativeGroup.units";
    static final List<String> TEXT_FIELDS = List.of("nameKk", "nameRu", "nameEn", "shortName", "bin", "notifiedOn",
            "congressOn", "initiativeGroup.size");

    /** One unit the initiative group may come from, as a checkbox. */
    public record Unit(String code, String id, String label, boolean checked) {
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> units = new ArrayList<>();
    private final FormErrors parseErrors = FormErrors.none();

    public static PartyApplicationForm empty() {
        return new PartyApplicationForm();
    }

    public static PartyApplicationForm from(MultivaluedMap<String, String> form) {
        PartyApplicationForm result = new PartyApplicationForm();
        for (String name : TEXT_FIELDS) {
            String value = form.getFirst(name);
            if (value != null) {
                result.values.put(name, value.strip());
            }
        }
        List<String> chosen = form.get(UNITS);
        if (chosen != null) {
            chosen.stream().map(String::strip).filter(code -> !code.isEmpty()).forEach(result.units::add);
        }
        return result;
    }

    public static Set<String> fieldNames() {
        return Stream.concat(TEXT_FIELDS.stream(), Stream.of(UNITS)).collect(java.util.stream.Collectors.toSet());
    }

    public FormErrors parseErrors() {
        return parseErrors;
    }

    /** The API request; a date or number that does not parse stays null and is reported at its field. */
    public PartyApi.ApplicationRequest request(CommonMessages words) {
        return new PartyApi.ApplicationRequest(text("nameKk"), text("nameRu"), text("nameEn"), text("shortName"),
                text("bin"), parse("notifiedOn", LocalDate::parse, words.invalid_date()),
                parse("congressOn", LocalDate::parse, words.invalid_date()),
                new PartyApi.InitiativeGroup(parse("initiativeGroup.size", Integer::valueOf, words.invalid_number()),
                        List.copyOf(units)));
    }

    private String text(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private <T> T parse(String name, java.util.function.Function<String, T> parser, String message) {
        String value = text(name);
        try {
            return value == null ? null : parser.apply(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            parseErrors.add(name, message);
            return null;
        }
    }

    /** The text fields to draw, labelled in the reader's language, each with its error if any. */
    public List<NominationForm.Field> fields(RegistryMessages msg, FormErrors errors) {
        List<NominationForm.Field> fields = new ArrayList<>();
        for (String name : TEXT_FIELDS) {
            String type = switch (name) {
                case "notifiedOn", "congressOn" -> "date";
                case "initiativeGroup.size" -> "number";
                default -> "text";
            };
            fields.add(new NominationForm.Field(name, "f-" + name.replace('.', '-'), label(msg, name), type,
                    values.getOrDefault(name, ""), errors.get(name), true, List.of()));
        }
        return fields;
    }

    /** Every unit of the country, ticked where the form said so. */
    public List<Unit> units(List<RegionResource.RegionView> regions, String language) {
        return regions.stream().map(region -> new Unit(region.code(), "f-unit-" + region.code(),
                switch (language) {
                    case "ru" -> region.nameRu();
                    case "en" -> region.nameEn();
                    default -> region.nameKk();
                } + " (" + region.code() + ")", units.contains(region.code()))).toList();
    }

    private static String label(RegistryMessages msg, String name) {
        return switch (name) {
            case "nameKk" -> msg.field_party_nameKk();
            case "nameRu" -> msg.field_party_nameRu();
            case "nameEn" -> msg.field_party_nameEn();
            case "shortName" -> msg.short_name();
            case "bin" -> msg.field_party_bin();
            case "notifiedOn" -> msg.field_party_notifiedOn();
            case "congressOn" -> msg.field_party_congressOn();
            case "initiativeGroup.size" -> msg.field_party_initiativeSize();
            default -> name;
        };
    }
}
