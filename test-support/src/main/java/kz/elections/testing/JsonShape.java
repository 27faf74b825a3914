package kz.elections.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shape of a JSON document: every field path, array elements as {@code []} and merged, and a map keyed by
 * registration ids (a field named by a UUID) as {@code {id}}, merged likewise. Contract tests compare a provider's real
 * response with the sample in {@code contracts/} by shape.
 */
public final class JsonShape {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private JsonShape() {
    }

    public static SortedSet<String> of(String... documents) {
        SortedSet<String> paths = new TreeSet<>();
        for (String document : documents) {
            try {
                collect(JSON.readTree(document), "", paths);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return paths;
    }

    /** The shape of a sample in the repository's {@code contracts/} folder, read from a module's directory. */
    public static SortedSet<String> ofContract(String relativePath) {
        try {
            return of(Files.readString(Path.of("..", "contracts").resolve(relativePath)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, String path, SortedSet<String> paths) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = ID.matcher(field.getKey()).matches() ? "{id}" : field.getKey();
                String child = path.isEmpty() ? key : path + "." + key;
                paths.add(child);
                collect(field.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, path + "[]", paths));
        }
    }
}
