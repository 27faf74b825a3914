package kz.elections.kubernetes;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The traffic the design allows, and nothing more: between the services only ballot -> registry,
 * results -> ballot and results -> registry (DESIGN.md, "Calls go one way"); the public reaches each
 * service through the ingress controller; every pod resolves names; the services reach PostgreSQL and
 * Keycloak; nobody else reaches the services, the database or Keycloak.
 */
final class NetworkCheck {

    static final Set<String> ALLOWED_CALLS = Set.of("ballot-service->registry-service", "results-service->ballot-service",
            "results-service->registry-service");

    private NetworkCheck() {
    }

    static void check(Rendered rendered, Rendered.Backing backing, List<String> problems) {
        if (rendered.all(NetworkPolicy.class).isEmpty()) {
            problems.add("no NetworkPolicy: every pod may reach every other");
            return;
        }
        Network network = new Network(rendered.objects(), rendered.namespace());
        Map<String, Network.Endpoint> pods = rendered.pods();
        Network.Endpoint ingressController = Network.Endpoint.pod("the ingress controller", "ingress-nginx",
                Map.of("app.kubernetes.io/name", "ingress-nginx"), Map.of());
        Network.Endpoint dns = Network.Endpoint.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), Map.of());
        List<Network.Endpoint> strangers = List.of(
                Network.Endpoint.pod("a pod of another namespace", "other", Map.of("app", "other"), Map.of()),
                Network.Endpoint.pod("another pod of the namespace", rendered.namespace(), Map.of("app", "debug"), Map.of()));
        Network.Endpoint internet = Network.Endpoint.address("203.0.113.77");
        Network.Endpoint database = backing.endpoint(backing.database(), pods);
        Network.Endpoint keycloak = backing.endpoint(backing.keycloak(), pods);

        for (String caller : ManifestCheck.TIZIM_SERVICES) {
            Network.Endpoint from = pods.get(caller);
            if (from == null) {
                continue;
            }
            for (String callee : ManifestCheck.TIZIM_SERVICES) {
                Network.Endpoint to = pods.get(callee);
                if (to == null || callee.equals(caller)) {
                    continue;
                }
                boolean expected = ALLOWED_CALLS.contains(caller + "->" + callee);
                for (int port : to.namedPorts().values()) {
                    if (network.allows(from, to, "TCP", port) != expected) {
                        problems.add(caller + (expected ? " may not call " : " may call ") + callee + " on " + port);
                    }
                }
            }
            Network.Endpoint self = from;
            int http = self.namedPorts().getOrDefault("http", -1);
            if (!network.allows(ingressController, self, "TCP", http)) {
                problems.add("the ingress controller may not reach " + caller + " on " + http);
            }
            for (Network.Endpoint stranger : strangers) {
                if (network.allows(stranger, self, "TCP", http)) {
                    problems.add(stranger.name() + " may reach " + caller);
                }
            }
            if (!network.allows(from, database, "TCP", backing.databasePort())) {
                problems.add(caller + " may not reach PostgreSQL (" + backing.database() + ":" + backing.databasePort() + ")");
            }
            if (!network.allows(from, keycloak, "TCP", backing.keycloakPort())) {
                problems.add(caller + " may not reach Keycloak (" + backing.keycloak() + ":" + backing.keycloakPort() + ")");
            }
            if (network.allows(from, internet, "TCP", 443)) {
                problems.add(caller + " may reach any address on the internet");
            }
        }
        for (Network.Endpoint pod : pods.values()) {
            if (!network.allows(pod, dns, "UDP", 53)) {
                problems.add(pod.name() + " may not resolve names (UDP 53 to kube-dns)");
            }
        }
        for (Network.Endpoint backingPod : List.of(database, keycloak)) {
            if (backingPod.ip() != null) {
                continue;
            }
            int port = backingPod == database ? backing.databasePort() : backing.keycloakPort();
            for (Network.Endpoint stranger : List.of(ingressController, strangers.get(0), strangers.get(1))) {
                if (network.allows(stranger, backingPod, "TCP", port)) {
                    problems.add(stranger.name() + " may reach " + backingPod.name());
                }
            }
        }
    }
}
