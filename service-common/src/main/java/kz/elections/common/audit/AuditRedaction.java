package kz.elections.common.audit;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an observer does not see of an audit record's {@code before} and {@code after}: personal data beyond what
 * the law makes public about a candidate, and a party application's internals. Commission staff see records whole.
 * Applied by key name, at any depth, so a new record type that uses these names is covered without a change here.
 *
 * <p>Withheld from observers:
 * <ul>
 * <li>{@code birthDate}: replaced by {@code yearOfBirth} (the year, as a candidate's public data has it);</li>
 * <li>{@code sex}, {@code iin}, {@code iinMasked}, {@code iinHash}: the IIN in any form (its masked digits still
 * carry the date of birth);</li>
 * <li>{@code disabilityCertificate}, {@code quotaCategory}: health data, and the category that reveals it;</li>
 * <li>{@code members}, {@code memberRows}, {@code initiativeGroup}: a party's member rows and founders;</li>
 * <li>{@code report}, {@code rules}, {@code failedRules}, {@code candidateFailures}: pre-check details, whose
 * figures are the checked person's or party's data (age, residence, members per unit); the outcome of a party's
 * pre-check ({@code precheck.passed}) stays, as the decision it supports is public;</li>
 * <li>{@code applicant}, {@code signers}: who applied for a deputy's recall and who signed it (names, addresses).</li>
 * </ul>
 */
public final class AuditRedaction {

    static final String BIRTH_DATE = "birthDate";
    static final String YEAR_OF_BIRTH = "yearOfBirth";

    /** The keys withheld from observers, whatever their value. */
    public static final Set<String> WITHHELD = Set.of("sex", "iin", "iinMasked", "iinHash", "disabilityCertificate",
            "quotaCategory", "members", "memberRows", "initiativeGroup", "report", "rules", "failedRules",
            "candidateFailures", "applicant", "signers");

    private AuditRedaction() {
    }

    /** {@code state} as an observer sees it: a copy without the withheld keys, the birth date cut to the year. */
    public static JsonNode forObserver(JsonNode state) {
        if (state == null) {
            return null;
        }
        JsonNode copy = state.deepCopy();
        redact(copy);
        return copy;
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode birthDate = object.remove(BIRTH_DATE);
            if (birthDate != null && birthDate.asText("").matches("\\d{4}-.*")) {
                object.put(YEAR_OF_BIRTH, Integer.parseInt(birthDate.asText().substring(0, 4)));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (WITHHELD.contains(field.getKey())) {
                    fields.remove();
                } else {
                    redact(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(AuditRedaction::redact);
        }
    }
}
