package kz.elections.registry.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.elections.common.ProblemException;
import kz.elections.common.web.FormErrors;
import kz.elections.common.web.Page;
import kz.elections.registry.nomination.NominationRules;

/** What the registry's pages share: the messages in the reader's language and how a refusal becomes form errors. */
@RequestScoped
public class RegistryPages {

    /** Which form field a failed pre-check rule is about, so its message is shown next to that field. */
    private static final Map<String, String> RULE_FIELDS = Map.of("AGE", "person.birthDate", "RESIDENCE",
            "person.residenceYears", "NO_CRIMINAL_RECORD", "person.noCriminalRecord", "LEGALLY_CAPABLE",
            "person.legallyCapable", "SIGNATURES", "signatures", "SIGNATURE_SETTLEMENTS", "signatureSettlements");

    @Inject
    Page page;

    @Inject
    Validator validator;

    public RegistryMessages msg() {
        return MessageBundles.get(RegistryMessages.class, Localized.Literal.of(page.getLang()));
    }

    /** Bean Validation of the API request, as the API runs it; adds to the errors a form already has. */
    public <T> FormErrors validate(T request, FormErrors errors, Set<String> fields) {
        validator.validate(request).forEach(v -> {
            String field = v.getPropertyPath().toString();
            if (fields.contains(field)) {
                if (!errors.has(field)) {
                    errors.add(field, v.getMessage());
                }
            } else {
                errors.add(FormErrors.GENERAL, field + ": " + v.getMessage());
            }
        });
        return errors;
    }

    /** A refusal of the service: its violations and failed pre-check rules next to their fields. */
    public FormErrors refusal(ProblemException refusal, Set<String> fields) {
        Object failed = refusal.problem().extensions() == null ? null : refusal.problem().extensions().get("failedRules");
        if (!(failed instanceof List<?> checks) || checks.isEmpty()) {
            return FormErrors.of(refusal, fields);
        }
        FormErrors errors = FormErrors.none();
        for (Object item : checks) {
            if (item instanceof NominationRules.Check check) {
                String message = check.description() + ": " + check.required() + " / " + check.actual();
                errors.add(RULE_FIELDS.getOrDefault(check.rule(), FormErrors.GENERAL), message);
            }
        }
        return errors.isEmpty() ? FormErrors.of(refusal, fields) : errors;
    }

    public String statusLabel(Enum<?> status) {
        RegistryMessages msg = msg();
        return switch (status.name()) {
            case "PENDING" -> msg.status_PENDING();
            case "REGISTERED" -> msg.status_REGISTERED();
            case "REFUSED" -> msg.status_REFUSED();
            case "CANCELLED" -> msg.status_CANCELLED();
            case "WITHDRAWN" -> msg.status_WITHDRAWN();
            default -> status.name();
        };
    }
}
