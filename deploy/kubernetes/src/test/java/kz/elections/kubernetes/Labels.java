package kz.elections.kubernetes;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.Map;

/** Label selectors as the API server evaluates them. */
final class Labels {

    private Labels() {
    }

    /** Whether the selector selects an object with these labels; an empty selector selects everything. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        for (Map.Entry<String, String> wanted : selector.getMatchLabels().entrySet()) {
            if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
                return false;
            }
        }
        for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
            String value = labels.get(r.getKey());
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && r.getValues().contains(value);
                case "NotIn" -> value == null || !r.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("label selector operator " + r.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean isEmpty(LabelSelector selector) {
        return selector.getMatchLabels().isEmpty() && selector.getMatchExpressions().isEmpty();
    }
}
