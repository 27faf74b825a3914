package kz.elections.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shape of a JSON document: every field path, array elements as {@code []} and merged. Contract
 * tests compare a provider's real response with the sample in {@code contracts/} by shape.
 */
public final class JsonShape {

    private static final ObjectMapper JSON = new ObjectMapper();

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
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(child);
                collect(field.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, path + "[]", paths));
        }
    }
}
