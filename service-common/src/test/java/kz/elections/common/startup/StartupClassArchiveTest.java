package kz.elections.common.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The archiving run reads the service's class list and loads what of it exists, skipping the rest. */
class StartupClassArchiveTest {

    static class FailingInitialiser {
        static final int VALUE = Integer.parseInt("not a number");
    }

    @Test
    void readsTheNamesInTheirOrderWithoutCommentsOrBlankLines(@TempDir Path dir) throws IOException {
        Path list = dir.resolve(StartupClassArchive.CLASS_LIST);
        Files.createDirectories(list.getParent());
        Files.writeString(list, "# written by bench/startup-classes.sh\njava.util.ArrayList\n\n  java.lang.String  \n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() }, null)) {
            assertEquals(List.of("java.util.ArrayList", "java.lang.String"), StartupClassArchive.classList(loader));
        }
    }

    @Test
    void aServiceWithoutAListHasNothingToLoad(@TempDir Path dir) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() }, null)) {
            assertEquals(List.of(), StartupClassArchive.classList(loader));
        }
    }

    @ParameterizedTest(name = "{0}: {1} loaded")
    @CsvSource({
        "java.util.concurrent.ConcurrentSkipListSet, 1",
        "kz.elections.common.startup.StartupClassArchive, 1",
        "kz.elections.common.startup.NoLongerThere, 0",
        "kz.elections.common.startup.StartupClassArchiveTest$FailingInitialiser, 0",
    })
    void loadsWhatExistsAndSkipsTheRest(String name, int loaded) {
        assertEquals(loaded, StartupClassArchive.load(List.of(name), getClass().getClassLoader()));
    }
}
