package kz.elections.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for exactly the part of kustomize that
 * deploy/kubernetes uses: resources (files and kustomization folders), namespace, labels (metadata only),
 * images, JSON 6902 patches by kind and name, and literal secret and config-map generators without the
 * name hash. Anything else in a kustomization.yaml is refused, so a manifest that starts using another
 * feature fails here instead of being rendered differently from kustomize. When kubectl is installed,
 * {@link KubectlKustomizeTest} checks that both render the same objects.
 */
final class Kustomize {

    static final YAMLMapper YAML = new YAMLMapper();

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "labels", "resources",
            "images", "patches", "generatorOptions", "secretGenerator", "configMapGenerator");

    private Kustomize() {
    }

    /** The objects the kustomization in {@code dir} renders, in the order they were accumulated. */
    static List<ObjectNode> build(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        JsonNode k = readKustomization(root);
        Iterator<String> fields = k.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!SUPPORTED.contains(field)) {
                throw new UnsupportedKustomization(root + ": '" + field + "' is not supported by this renderer");
            }
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = root.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else if (path.startsWith(root)) {
                objects.addAll(readObjects(path));
            } else {
                // kustomize's default load restrictor: files only from inside the kustomization's folder
                throw new UnsupportedKustomization(root + ": file " + resource.asText() + " is outside the kustomization root");
            }
        }
        boolean hashDisabled = k.path("generatorOptions").path("disableNameSuffixHash").asBoolean(false);
        for (JsonNode generator : k.path("secretGenerator")) {
            objects.add(generate("Secret", generator, hashDisabled, root));
        }
        for (JsonNode generator : k.path("configMapGenerator")) {
            objects.add(generate("ConfigMap", generator, hashDisabled, root));
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(patch, objects, root);
        }
        if (k.hasNonNull("namespace")) {
            String namespace = k.get("namespace").asText();
            for (ObjectNode object : objects) {
                setNamespace(object, namespace);
            }
        }
        for (JsonNode label : k.path("labels")) {
            if (label.path("includeSelectors").asBoolean(false) || label.path("includeTemplates").asBoolean(false)) {
                throw new UnsupportedKustomization(root + ": labels with includeSelectors or includeTemplates");
            }
            for (ObjectNode object : objects) {
                ObjectNode labels = metadata(object).with("labels");
                label.path("pairs").fields().forEachRemaining(pair -> labels.set(pair.getKey(), pair.getValue()));
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode object : objects) {
                for (JsonNode container : containers(object)) {
                    setImage((ObjectNode) container, image);
                }
            }
        }
        return objects;
    }

    private static JsonNode readKustomization(Path root) {
        Path file = root.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new UnsupportedKustomization(root + ": no kustomization.yaml");
        }
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static List<ObjectNode> readObjects(Path file) {
        List<ObjectNode> objects = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                if (!document.isObject()) {
                    throw new UnsupportedKustomization(file + ": a document that is not an object");
                }
                objects.add((ObjectNode) document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return objects;
    }

    private static ObjectNode generate(String kind, JsonNode generator, boolean hashDisabled, Path root) {
        boolean disabled = generator.path("options").path("disableNameSuffixHash").asBoolean(hashDisabled);
        if (!disabled) {
            throw new UnsupportedKustomization(root + ": generated names with a hash suffix are not supported");
        }
        for (Iterator<String> it = generator.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!Set.of("name", "literals", "options").contains(field)) {
                throw new UnsupportedKustomization(root + ": " + kind + " generator field '" + field + "'");
            }
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("apiVersion", "v1");
        object.put("kind", kind);
        object.putObject("metadata").put("name", generator.path("name").asText());
        ObjectNode data = object.putObject("data");
        for (JsonNode literal : generator.path("literals")) {
            String text = literal.asText();
            int eq = text.indexOf('=');
            String key = text.substring(0, eq);
            String value = text.substring(eq + 1);
            data.put(key, kind.equals("Secret")
                    ? Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) : value);
        }
        if (kind.equals("Secret")) {
            object.put("type", "Opaque");
        }
        return object;
    }

    private static void applyPatch(JsonNode patch, List<ObjectNode> objects, Path root) {
        JsonNode target = patch.path("target");
        for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!Set.of("kind", "name").contains(field)) {
                throw new UnsupportedKustomization(root + ": patch target by '" + field + "'");
            }
        }
        if (!patch.hasNonNull("patch") || patch.has("path")) {
            throw new UnsupportedKustomization(root + ": only inline patches are supported");
        }
        JsonNode operations;
        try {
            operations = YAML.readTree(patch.get("patch").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": patch", e);
        }
        if (!operations.isArray()) {
            throw new UnsupportedKustomization(root + ": strategic merge patches are not supported, only JSON 6902");
        }
        int matched = 0;
        for (ObjectNode object : objects) {
            if (matches(target, object)) {
                matched++;
                for (JsonNode operation : operations) {
                    JsonPatch.apply(object, operation);
                }
            }
        }
        if (matched == 0) {
            throw new UnsupportedKustomization(root + ": patch target " + target + " matches nothing");
        }
    }

    private static boolean matches(JsonNode target, ObjectNode object) {
        return (!target.has("kind") || target.get("kind").asText().equals(object.path("kind").asText()))
                && (!target.has("name") || target.get("name").asText().equals(object.path("metadata").path("name").asText()));
    }

    private static void setNamespace(ObjectNode object, String namespace) {
        // kustomize gives a Namespace object the kustomization's namespace as its name.
        if (object.path("kind").asText().equals("Namespace")) {
            metadata(object).put("name", namespace);
        } else {
            metadata(object).put("namespace", namespace);
        }
    }

    private static ObjectNode metadata(ObjectNode object) {
        return object.with("metadata");
    }

    /** The containers and init containers of a pod or of a workload's pod template. */
    static List<JsonNode> containers(JsonNode object) {
        JsonNode podSpec = object.path("kind").asText().equals("Pod") ? object.path("spec")
                : object.path("spec").path("template").path("spec");
        List<JsonNode> containers = new ArrayList<>();
        podSpec.path("initContainers").forEach(containers::add);
        podSpec.path("containers").forEach(containers::add);
        return containers;
    }

    private static void setImage(ObjectNode container, JsonNode image) {
        String current = container.path("image").asText();
        int digestAt = current.indexOf('@');
        String withoutDigest = digestAt >= 0 ? current.substring(0, digestAt) : current;
        int lastSlash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.indexOf(':', lastSlash + 1);
        String name = colon >= 0 ? withoutDigest.substring(0, colon) : withoutDigest;
        String tag = colon >= 0 ? withoutDigest.substring(colon) : "";
        String digest = digestAt >= 0 ? current.substring(digestAt) : "";
        if (!name.equals(image.path("name").asText())) {
            return;
        }
        if (image.hasNonNull("newName")) {
            name = image.get("newName").asText();
        }
        if (image.hasNonNull("newTag")) {
            tag = ":" + image.get("newTag").asText();
            digest = "";
        }
        if (image.hasNonNull("digest")) {
            digest = "@" + image.get("digest").asText();
            tag = "";
        }
        container.put("image", name + tag + digest);
    }

    /** Objects by "Kind/name", for looking one up in a test. */
    static Map<String, ObjectNode> byKindAndName(List<ObjectNode> objects) {
        Map<String, ObjectNode> map = new java.util.LinkedHashMap<>();
        for (ObjectNode object : objects) {
            map.put(object.path("kind").asText() + "/" + object.path("metadata").path("name").asText(), object);
        }
        return map;
    }

    /** A kustomization uses something this renderer does not implement, or breaks a kustomize rule. */
    static final class UnsupportedKustomization extends RuntimeException {
        UnsupportedKustomization(String message) {
            super(message);
        }
    }

    /** RFC 6902 add, replace and remove: the operations the overlays use. */
    static final class JsonPatch {

        private JsonPatch() {
        }

        static void apply(ObjectNode document, JsonNode operation) {
            String op = operation.path("op").asText();
            List<String> path = pointer(operation.path("path").asText());
            JsonNode parent = document;
            for (String token : path.subList(0, path.size() - 1)) {
                parent = parent.isArray() ? parent.path(Integer.parseInt(token)) : parent.path(token);
                if (parent.isMissingNode()) {
                    throw new UnsupportedKustomization("patch path " + operation.path("path").asText() + " does not exist");
                }
            }
            String last = path.get(path.size() - 1);
            JsonNode value = operation.get("value");
            switch (op) {
                case "add" -> add(parent, last, value, operation);
                case "replace" -> {
                    remove(parent, last, operation);
                    add(parent, last, value, operation);
                }
                case "remove" -> remove(parent, last, operation);
                default -> throw new UnsupportedKustomization("patch operation '" + op + "'");
            }
        }

        private static void add(JsonNode parent, String last, JsonNode value, JsonNode operation) {
            if (value == null) {
                throw new UnsupportedKustomization("patch " + operation + " has no value");
            }
            if (parent instanceof ArrayNode array) {
                if (last.equals("-")) {
                    array.add(value.deepCopy());
                } else {
                    array.insert(Integer.parseInt(last), value.deepCopy());
                }
            } else if (parent instanceof ObjectNode object) {
                object.set(last, value.deepCopy());
            } else {
                throw new UnsupportedKustomization("patch " + operation + " into a scalar");
            }
        }

        private static void remove(JsonNode parent, String last, JsonNode operation) {
            if (parent instanceof ArrayNode array) {
                int index = Integer.parseInt(last);
                if (index >= array.size()) {
                    throw new UnsupportedKustomization("patch " + operation + ": no element " + index);
                }
                array.remove(index);
            } else if (parent instanceof ObjectNode object && object.has(last)) {
                object.remove(last);
            } else {
                throw new UnsupportedKustomization("patch " + operation + ": nothing at the path");
            }
        }

        private static List<String> pointer(String pointer) {
            if (!pointer.startsWith("/")) {
                throw new UnsupportedKustomization("patch path '" + pointer + "' is not a JSON pointer");
            }
            List<String> tokens = new ArrayList<>();
            for (String token : pointer.substring(1).split("/", -1)) {
                tokens.add(token.replace("~1", "/").replace("~0", "~"));
            }
            return tokens;
        }
    }
}
