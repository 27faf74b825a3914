package kz.elections.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The law module is plain Java: a framework import in any of its classes fails the build. */
class LawIsPlainJavaTest {

    private static final Pattern FRAMEWORK = Pattern.compile(
            "^import\\s+(static\\s+)?(io\\.quarkus|jakarta\\.|javax\\.persistence|org\\.hibernate|com\\.fasterxml|io\\.smallrye|io\\.vertx|org\\.eclipse\\.microprofile)",
            Pattern.MULTILINE);

    @Test
    void noClassOfTheLawImportsAFramework() throws IOException {
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), "run from the election-law module");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return FRAMEWORK.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theCheckRecognisesAFrameworkImport() {
        assertTrue(FRAMEWORK.matcher("package x;\nimport jakarta.persistence.Entity;\n").find());
        assertTrue(FRAMEWORK.matcher("import io.quarkus.runtime.Startup;").find());
        assertTrue(!FRAMEWORK.matcher("import java.util.List;").find());
    }
}
