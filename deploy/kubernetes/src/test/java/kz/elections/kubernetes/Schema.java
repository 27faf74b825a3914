package kz.elections.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The schema check: each rendered object is read into the Kubernetes API type of its apiVersion and
 * kind (fabric8's model, generated from the Kubernetes OpenAPI schema). A wrong type is an error, and
 * so is any field the schema does not have (the model keeps those aside as "additional properties",
 * which is what is looked for here), a quantity that is not one, or an apiVersion not served.
 */
final class Schema {

    /** The API versions the manifests may use: current, served by Kubernetes 1.25 and later. */
    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Schema() {
    }

    /** The objects as typed API objects; every schema violation is added to {@code problems}. */
    static List<HasMetadata> read(List<ObjectNode> objects, List<String> problems) {
        List<HasMetadata> typed = new ArrayList<>();
        for (ObjectNode object : objects) {
            String id = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
            String name = id + " " + object.path("metadata").path("name").asText("(no name)");
            Class<? extends HasMetadata> type = TYPES.get(id);
            if (type == null) {
                problems.add(name + ": apiVersion and kind not among " + TYPES.keySet().stream().sorted().toList());
                continue;
            }
            HasMetadata value;
            try {
                value = JSON.treeToValue(object, type);
            } catch (Exception e) {
                problems.add(name + ": does not match the schema: " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            walk(value, name, problems);
            typed.add(value);
        }
        return typed;
    }

    private static void walk(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> walk(element, path + "[" + key + "]", problems));
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        if (value instanceof Quantity quantity) {
            try {
                quantity.getNumericalAmount();
            } catch (RuntimeException e) {
                problems.add(path + ": '" + quantity + "' is not a quantity");
            }
            return;
        }
        for (Method getter : getters(value.getClass())) {
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(getter.toString(), e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add(path + ": fields not in the schema: " + unknown.keySet());
                }
                continue;
            }
            walk(child, path + "." + property(getter), problems);
        }
    }

    private static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getName().startsWith("get") && !method.getName().equals("getClass")
                    && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class) {
                getters.add(method);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        return getters;
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
