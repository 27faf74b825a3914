package kz.elections.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test's renderer and kustomize agree: every overlay and fixture rendered by {@code kubectl kustomize}
 * gives the same objects, field for field. Needs kubectl on the PATH (the development and CI machines
 * have it); without it these cases are skipped and the renderer stands on its own.
 */
class KubectlKustomizeTest {

    static Stream<String> kustomizations() throws IOException {
        List<String> all = new ArrayList<>(List.of("overlays/local", "overlays/production", "base"));
        try (Stream<Path> fixtures = Files.list(Rendered.DIR.resolve("src/test/resources/broken"))) {
            fixtures.filter(f -> !Set.of("file-outside-root", "unsupported-field").contains(f.getFileName().toString()))
                    .map(f -> Rendered.DIR.relativize(f).toString()).sorted().forEach(all::add);
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void rendersWhatKubectlKustomizeRenders(String kustomization) throws Exception {
        Path kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not installed");
        Path dir = Rendered.DIR.resolve(kustomization);

        Map<String, JsonNode> expected = byId(kubectlKustomize(kubectl, dir));
        Map<String, JsonNode> actual = byId(Kustomize.build(dir));

        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((id, object) -> assertEquals(object, actual.get(id), id));
    }

    private static List<ObjectNode> kubectlKustomize(Path kubectl, Path dir) throws Exception {
        Path out = Files.createTempFile("kustomize", ".yaml");
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + Files.readString(out, StandardCharsets.UTF_8));
            }
            return Kustomize.readObjects(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> objects) {
        Map<String, JsonNode> map = new TreeMap<>();
        for (ObjectNode o : objects) {
            map.put(o.path("apiVersion").asText() + " " + o.path("kind").asText() + " "
                    + o.path("metadata").path("namespace").asText("") + "/" + o.path("metadata").path("name").asText(), o);
        }
        return map;
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
