package kz.elections.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One kustomization rendered, read against the schema and checked; {@link #problems} lists every finding. */
record Rendered(List<ObjectNode> raw, List<HasMetadata> objects, List<String> problems) {

    /** deploy/kubernetes, where the manifests are (Surefire passes it; from an IDE the module folder is the working directory). */
    static final Path DIR = Path.of(System.getProperty("tizim.kubernetes.dir", ".")).toAbsolutePath().normalize();

    /** Where PostgreSQL and Keycloak are, for the network check: in-cluster pods, or addresses outside. */
    record Backing(String database, int databasePort, String keycloak, int keycloakPort, boolean inCluster) {

        /** PostgreSQL and Keycloak as workloads of the same kustomization, by name. */
        static Backing pods(String database, int databasePort, String keycloak, int keycloakPort) {
            return new Backing(database, databasePort, keycloak, keycloakPort, true);
        }

        /** PostgreSQL and Keycloak outside the cluster, at these addresses. */
        static Backing addresses(String database, int databasePort, String keycloak, int keycloakPort) {
            return new Backing(database, databasePort, keycloak, keycloakPort, false);
        }

        Network.Endpoint endpoint(String name, Map<String, Network.Endpoint> pods) {
            return inCluster ? pods.getOrDefault(name, Network.Endpoint.pod(name, "(not rendered)", Map.of(), Map.of()))
                    : Network.Endpoint.address(name);
        }
    }

    static Rendered of(Path kustomization, Set<String> external, Backing backing) {
        List<ObjectNode> raw = Kustomize.build(kustomization);
        List<String> problems = new ArrayList<>();
        List<HasMetadata> objects = Schema.read(raw, problems);
        ManifestCheck.check(objects, external, problems);
        Rendered rendered = new Rendered(raw, objects, problems);
        NetworkCheck.check(rendered, backing, problems);
        return rendered;
    }

    String namespace() {
        return objects.stream().filter(o -> !(o instanceof Namespace)).map(o -> o.getMetadata().getNamespace())
                .filter(java.util.Objects::nonNull).findFirst().orElse("default");
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
    }

    /** Each workload's pod, as a network endpoint in the rendered namespace. */
    Map<String, Network.Endpoint> pods() {
        Map<String, Network.Endpoint> pods = new LinkedHashMap<>();
        for (Deployment d : all(Deployment.class)) {
            pods.put(d.getMetadata().getName(), pod(d.getMetadata().getName(), d.getSpec().getTemplate()));
        }
        for (StatefulSet s : all(StatefulSet.class)) {
            pods.put(s.getMetadata().getName(), pod(s.getMetadata().getName(), s.getSpec().getTemplate()));
        }
        return pods;
    }

    private Network.Endpoint pod(String name, PodTemplateSpec template) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Container c : template.getSpec().getContainers()) {
            for (ContainerPort p : c.getPorts()) {
                if (p.getName() != null) {
                    ports.put(p.getName(), p.getContainerPort());
                }
            }
        }
        return Network.Endpoint.pod(name, namespace(), ManifestCheck.labels(template), ports);
    }
}
