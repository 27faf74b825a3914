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

import kz.elections.common.web.CommonMessages;
import kz.elections.common.web.FormErrors;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.law.list.QuotaCategory;
import kz.elections.law.nomination.Route;

/**
 * The nomination form (a citizen's own, or a party's), and one candidate's row of a party list: its
 * fields are named by the API's field paths ({@code person.iin}, {@code candidates[3].iin}), so the
 * API's violations land next to the field they concern. Text that cannot even be read as a date or a
 * number is reported at its field in the page's language.
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

    /** The person's fields, by their name inside the API's {@code Person}. */
    static final List<String> PERSON_FIELDS = List.of("iin", "surnameKk", "nameKk", "patronymicKk", "surnameRu", "nameRu",
            "patronymicRu", "birthDate", "sex", "residenceYears", "quotaCategory", "occupation", "placeOfWork", "residence", "education",
            "noCriminalRecord", "legallyCapable", "disabilityCertificateNumber", "disabilityCertificateDate");
    /** Only a list candidate has a quota category, and a certificate to bear out DISABILITY. */
    private static final Set<String> LIST_ONLY = Set.of("quotaCategory", "disabilityCertificateNumber",
            "disabilityCertificateDate");
    static final List<String> TEXT_FIELDS = java.util.stream.Stream.concat(
            PERSON_FIELDS.stream().filter(f -> !LIST_ONLY.contains(f)).map(f -> "person." + f),
            java.util.stream.Stream.of("signatures", "signatureSettlements")).toList();
    static final Set<String> OPTIONAL = Set.of("patronymicKk", "patronymicRu", "quotaCategory", "placeOfWork", "signatures",
            "signatureSettlements", "disabilityCertificateNumber", "disabilityCertificateDate");

    /** The field names' prefix: {@code person.} in a nomination, {@code candidates[3].} in a party list's row. */
    private final String prefix;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final FormErrors parseErrors = FormErrors.none();

    private NominationForm(String prefix) {
        this.prefix = prefix;
    }

    public static NominationForm empty() {
        return new NominationForm("person.");
    }

    public static NominationForm from(MultivaluedMap<String, String> form) {
        NominationForm result = empty();
        result.read(form, TEXT_FIELDS);
        return result;
    }

    /** Candidate {@code index} of a party-list form, read from the fields named {@code candidates[index].…}. */
    public static NominationForm candidate(MultivaluedMap<String, String> form, int index) {
        NominationForm result = new NominationForm(candidatePrefix(index));
        result.read(form, candidateFieldNames(index));
        return result;
    }

    /** The same candidate's values, now at position {@code index} of the list (blank rows dropped before it). */
    public NominationForm at(int index) {
        NominationForm moved = new NominationForm(candidatePrefix(index));
        values.forEach((name, value) -> moved.values.put(candidatePrefix(index) + name.substring(prefix.length()), value));
        return moved;
    }

    public static NominationForm blankCandidate(int index) {
        return new NominationForm(candidatePrefix(index));
    }

    static String candidatePrefix(int index) {
        return "candidates[" + index + "].";
    }

    private void read(MultivaluedMap<String, String> form, List<String> names) {
        for (String name : names) {
            String value = form.getFirst(name);
            if (value != null) {
                values.put(name, value.strip());
            }
        }
    }

    /** Nothing typed and nothing ticked: a row the form offered and nobody filled in. */
    public boolean isBlank() {
        return values.values().stream().allMatch(String::isEmpty);
    }

    /** The quota category chosen, as typed (empty if none). */
    public String quotaCategory() {
        return values.getOrDefault(prefix + "quotaCategory", "");
    }

    public FormErrors parseErrors() {
        return parseErrors;
    }

    /** The self-nomination this form asks for. */
    public NominationApi.NominationRequest request(String contest, CommonMessages words) {
        return request(contest, Route.SELF, null, words);
    }

    /** The API request this form asks for; values that do not parse stay null and are reported in {@code words}. */
    public NominationApi.NominationRequest request(String contest, Route route, java.util.UUID partyId,
            CommonMessages words) {
        return new NominationApi.NominationRequest(contest, route, partyId, null, person(words),
                parse("signatures", Integer::valueOf, words.invalid_number()),
                parse("signatureSettlements", Integer::valueOf, words.invalid_number()));
    }

    /** The API's person; values that do not parse stay null and are reported in {@code words}. */
    public NominationApi.Person person(CommonMessages words) {
        return new NominationApi.Person(text(prefix + "iin"), text(prefix + "surnameKk"),
                text(prefix + "nameKk"), text(prefix + "patronymicKk"), text(prefix + "surnameRu"), text(prefix + "nameRu"),
                text(prefix + "patronymicRu"), parse(prefix + "birthDate", LocalDate::parse, words.invalid_date()),
                parse(prefix + "sex", NominationApi.Sex::valueOf, words.invalid_choice()),
                parse(prefix + "residenceYears", Integer::valueOf, words.invalid_number()),
                parse(prefix + "quotaCategory", QuotaCategory::valueOf, words.invalid_choice()),
                text(prefix + "occupation"), text(prefix + "residence"), text(prefix + "education"),
                checked(prefix + "noCriminalRecord"), checked(prefix + "legallyCapable"), disabilityCertificate(words),
                text(prefix + "placeOfWork"));
    }

    /** The certificate if either of its fields is filled in; the API reports the one left out. */
    private NominationApi.DisabilityCertificate disabilityCertificate(CommonMessages words) {
        String number = text(prefix + "disabilityCertificateNumber");
        LocalDate issuedOn = parse(prefix + "disabilityCertificateDate", LocalDate::parse, words.invalid_date());
        return number == null && issuedOn == null ? null : new NominationApi.DisabilityCertificate(number, issuedOn);
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
        List<String> names = TEXT_FIELDS.stream().filter(name -> akim || !name.startsWith("signature")).toList();
        return draw(msg, errors, names);
    }

    /** The fields of one candidate of a party list, the quota category among them. */
    public List<Field> candidateFields(RegistryMessages msg, FormErrors errors) {
        return draw(msg, errors, PERSON_FIELDS.stream().map(f -> prefix + f).toList());
    }

    /** The names of every field of candidate {@code index}, as the API names them in its violations. */
    public static List<String> candidateFieldNames(int index) {
        return PERSON_FIELDS.stream().map(f -> candidatePrefix(index) + f).toList();
    }

    private List<Field> draw(RegistryMessages msg, FormErrors errors, List<String> names) {
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            String own = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
            String type = switch (own) {
                case "birthDate", "disabilityCertificateDate" -> "date";
                case "residenceYears", "signatures", "signatureSettlements" -> "number";
                case "sex", "quotaCategory" -> "select";
                case "noCriminalRecord", "legallyCapable" -> "checkbox";
                default -> "text";
            };
            List<Option> options = switch (own) {
                case "sex" -> List.of(new Option("FEMALE", msg.sex_female()), new Option("MALE", msg.sex_male()));
                case "quotaCategory" -> List.of(new Option("WOMAN", msg.quota_WOMAN()), new Option("YOUTH", msg.quota_YOUTH()),
                        new Option("DISABILITY", msg.quota_DISABILITY()));
                default -> List.of();
            };
            fields.add(new Field(name, "f-" + name.replaceAll("[.\\[\\]]+", "-"), label(msg, own), type,
                    values.getOrDefault(name, ""), errors.get(name), !OPTIONAL.contains(own), options));
        }
        return fields;
    }

    private static String label(RegistryMessages msg, String name) {
        return switch (name) {
            case "iin" -> msg.field_person_iin();
            case "surnameKk" -> msg.field_person_surnameKk();
            case "nameKk" -> msg.field_person_nameKk();
            case "patronymicKk" -> msg.field_person_patronymicKk();
            case "surnameRu" -> msg.field_person_surnameRu();
            case "nameRu" -> msg.field_person_nameRu();
            case "patronymicRu" -> msg.field_person_patronymicRu();
            case "birthDate" -> msg.field_person_birthDate();
            case "sex" -> msg.field_person_sex();
            case "residenceYears" -> msg.field_person_residenceYears();
            case "quotaCategory" -> msg.field_quotaCategory();
            case "disabilityCertificateNumber" -> msg.field_disabilityCertificateNumber();
            case "disabilityCertificateDate" -> msg.field_disabilityCertificateDate();
            case "occupation" -> msg.field_person_occupation();
            case "placeOfWork" -> msg.field_person_placeOfWork();
            case "residence" -> msg.field_person_residence();
            case "education" -> msg.field_person_education();
            case "noCriminalRecord" -> msg.field_person_noCriminalRecord();
            case "legallyCapable" -> msg.field_person_legallyCapable();
            case "signatures" -> msg.field_signatures();
            case "signatureSettlements" -> msg.field_signatureSettlements();
            default -> name;
        };
    }
}
