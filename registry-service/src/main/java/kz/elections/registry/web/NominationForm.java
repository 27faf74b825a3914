package kz.elections.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;

import kz.elections.common.web.FormErrors;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.registry.nomination.Route;

/**
 * The self-nomination form: its fields are named by the API's field paths ({@code person.iin}), so the
 * API's violations land next to the field they concern. Text that cannot even be read as a date or a
 * number gets the API's own message for a value of the wrong type.
 */
public final class NominationForm {

    /** One input of the form as a template draws it: label, value, error and the ids that tie them together. */
    public record Field(String name, String id, String label, String type, String value, String error, boolean required,
            List<Option> options) {

        public String getErrorId() {
            return id + "-error";
        }

        public boolean isCheckbox() {
            return type.equals("checkbox");
        }

        public boolean isSelect() {
            return type.equals("select");
        }

        public boolean isChecked() {
            return "true".equals(value) || "on".equals(value);
        }
    }

    public record Option(String value, String label) {
    }

    static final List<String> TEXT_FIELDS = List.of("person.iin", "person.surnameKk", "person.nameKk", "person.patronymicKk",
            "person.surnameRu", "person.nameRu", "person.patronymicRu", "person.birthDate", "person.sex",
            "person.residenceYears", "person.occupation", "person.residence", "person.education",
            "person.noCriminalRecord", "person.legallyCapable", "signatures", "signatureSettlements");
    static final Set<String> OPTIONAL = Set.of("person.patronymicKk", "person.patronymicRu", "signatures",
            "signatureSettlements");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final FormErrors parseErrors = FormErrors.none();

    public static NominationForm empty() {
        return new NominationForm();
    }

    public static NominationForm from(MultivaluedMap<String, String> form) {
        NominationForm result = new NominationForm();
        for (String name : TEXT_FIELDS) {
            String value = form.getFirst(name);
            if (value != null) {
                result.values.put(name, value.strip());
            }
        }
        return result;
    }

    public FormErrors parseErrors() {
        return parseErrors;
    }

    /** The API request this form asks for; values that do not parse stay null and are reported. */
    public NominationApi.NominationRequest request(String contest) {
        NominationApi.Person person = new NominationApi.Person(text("person.iin"), text("person.surnameKk"),
                text("person.nameKk"), text("person.patronymicKk"), text("person.surnameRu"), text("person.nameRu"),
                text("person.patronymicRu"), parse("person.birthDate", LocalDate::parse, "must be a date (YYYY-MM-DD)"),
                parse("person.sex", NominationApi.Sex::valueOf, "'" + values.get("person.sex") + "' is not one of [FEMALE, MALE]"),
                parse("person.residenceYears", Integer::valueOf, "must be a number"), null, text("person.occupation"),
                text("person.residence"), text("person.education"), checked("person.noCriminalRecord"),
                checked("person.legallyCapable"));
        return new NominationApi.NominationRequest(contest, Route.SELF, null, null, person,
                parse("signatures", Integer::valueOf, "must be a number"),
                parse("signatureSettlements", Integer::valueOf, "must be a number"));
    }

    private String text(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private Boolean checked(String name) {
        String value = values.get(name);
        return value != null && (value.equals("on") || value.equals("true"));
    }

    private <T> T parse(String name, Function<String, T> parser, String message) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            parseErrors.add(name, message);
            return null;
        }
    }

    public static Set<String> fieldNames() {
        return Set.copyOf(TEXT_FIELDS);
    }

    /** The fields to draw, labelled in the reader's language, each with its error if any. */
    public List<Field> fields(RegistryMessages msg, FormErrors errors, boolean akim) {
        List<Field> fields = new ArrayList<>();
        for (String name : TEXT_FIELDS) {
            if (!akim && name.startsWith("signature")) {
                continue;
            }
            String type = switch (name) {
                case "person.birthDate" -> "date";
                case "person.residenceYears", "signatures", "signatureSettlements" -> "number";
                case "person.sex" -> "select";
                case "person.noCriminalRecord", "person.legallyCapable" -> "checkbox";
                default -> "text";
            };
            List<Option> options = name.equals("person.sex")
                    ? List.of(new Option("FEMALE", msg.sex_female()), new Option("MALE", msg.sex_male()))
                    : List.of();
            fields.add(new Field(name, "f-" + name.replace('.', '-'), label(msg, name), type,
                    values.getOrDefault(name, ""), errors.get(name), !OPTIONAL.contains(name), options));
        }
        return fields;
    }

    private static String label(RegistryMessages msg, String name) {
        return switch (name) {
            case "person.iin" -> msg.field_person_iin();
            case "person.surnameKk" -> msg.field_person_surnameKk();
            case "person.nameKk" -> msg.field_person_nameKk();
            case "person.patronymicKk" -> msg.field_person_patronymicKk();
            case "person.surnameRu" -> msg.field_person_surnameRu();
            case "person.nameRu" -> msg.field_person_nameRu();
            case "person.patronymicRu" -> msg.field_person_patronymicRu();
            case "person.birthDate" -> msg.field_person_birthDate();
            case "person.sex" -> msg.field_person_sex();
            case "person.residenceYears" -> msg.field_person_residenceYears();
            case "person.occupation" -> msg.field_person_occupation();
            case "person.residence" -> msg.field_person_residence();
            case "person.education" -> msg.field_person_education();
            case "person.noCriminalRecord" -> msg.field_person_noCriminalRecord();
            case "person.legallyCapable" -> msg.field_person_legallyCapable();
            case "signatures" -> msg.field_signatures();
            case "signatureSettlements" -> msg.field_signatureSettlements();
            default -> name;
        };
    }
}
