package kz.elections.common.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

/**
 * Puts the classes a real start loads into the service's AppCDS archive (app-cds.jsa) or AOT cache (app.aot), not only
 * those of the static initialisation.
 *
 * <p>The archive is written by a JVM that runs the application's static initialisation only (the build, root pom
 * {@code quarkus.package.jar.appcds.enabled}, and the image, deploy/kubernetes/Dockerfile: {@code
 * -XX:AOTCacheOutput -Dquarkus.appcds.generate=true}); it has no database or network, so Hibernate's boot,
 * Flyway, OIDC and the HTTP server never run there and their classes (about half of a start's 14,000) were loaded,
 * parsed and verified at every start. In that run only, this loads the classes named in
 * {@value #CLASS_LIST} (one binary name a line, in the order a real start loaded them; written by
 * bench/startup-classes.sh) through the application's class loader as the JVM exits, just before it writes the
 * archive. A start then maps them from the archive like the rest. A name that no longer exists is skipped, so a
 * stale list costs only what it no longer covers; the archive is ignored by any JVM other than the one that wrote
 * it, as before.
 *
 * <p>The classes are initialised as well as loaded: the JVM archives only linked classes, and initialising is the
 * public way to link one. That runs their static initialisers in the archiving JVM, which then exits; no state of it
 * is archived. In every other run this does nothing but read one system property.
 */
@ApplicationScoped
public class StartupClassArchive {

    static final String CLASS_LIST = "META-INF/tizim/startup-classes.txt";
    private static final Logger LOG = Logger.getLogger(StartupClassArchive.class);

    // @Initialized(ApplicationScoped) is fired when the container starts, during static initialisation: the only
    // part of a start that the archiving run executes.
    void onContainerStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!Boolean.getBoolean("quarkus.appcds.generate")) {
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> names = classList(loader);
        if (names.isEmpty()) {
            return;
        }
        // As the JVM exits: the shutdown hooks run before it writes the archive, and after the static initialisation,
        // so that it runs as in any start.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> load(names, loader), "startup-class-archive"));
    }

    static List<String> classList(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static int load(List<String> names, ClassLoader loader) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, true, loader);
                loaded++;
            } catch (Throwable e) { // NOSONAR: a class that is gone or whose initialiser fails is left out, no more
                LOG.debugf("not archived: %s (%s)", name, e);
            }
        }
        LOG.infof("AppCDS: %d of the %d classes of a real start loaded for the archive", loaded, names.size());
        return loaded;
    }
}
