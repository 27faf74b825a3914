package kz.elections.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlaysTest {

    @Test
    void localOverlayRendersValidManifests() {
        assertEquals(List.of(), Overlays.local().problems());
    }

    @Test
    void productionOverlayRendersValidManifests() {
        assertEquals(List.of(), Overlays.production().problems());
    }

    @Test
    void localOverlayRunsItsOwnPostgresqlAndKeycloakWithDevOnlySecrets() {
        Rendered local = Overlays.local();

        assertTrue(local.find(StatefulSet.class, "postgresql").isPresent());
        assertEquals("quay.io/keycloak/keycloak:26.7.3", container(local, "keycloak").getImage());
        assertEquals("tizim/registry-service:dev", container(local, "registry-service").getImage());
        for (Secret secret : local.all(Secret.class)) {
            secret.getData().forEach((key, value) -> {
                String plain = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                assertTrue(key.equals("username") || plain.startsWith("dev-only-"),
                        "Secret " + secret.getMetadata().getName() + " key " + key + " is not an obvious dev-only value");
            });
        }
    }

    @Test
    void localIssuerIsTheAddressKeycloakNamesItselfBy() {
        Rendered local = Overlays.local();

        String hostname = container(local, "keycloak").getEnv().stream()
                .filter(env -> env.getName().equals("KC_HOSTNAME")).findFirst().orElseThrow().getValue();
        Map<String, String> endpoints = local.find(ConfigMap.class, "tizim-endpoints").orElseThrow().getData();
        assertEquals(hostname + "/realms/elections", endpoints.get("oidc-issuer"));
    }

    @Test
    void productionOverlayHasNoDatabaseNoKeycloakAndNoSecretValues() {
        Rendered production = Overlays.production();

        assertEquals(List.of(), production.all(StatefulSet.class));
        assertEquals(List.of(), production.all(Secret.class));
        assertEquals(List.of("ballot-service", "registry-service", "results-service"),
                production.all(Deployment.class).stream().map(d -> d.getMetadata().getName()).sorted().toList());
        Map<String, String> endpoints = production.find(ConfigMap.class, "tizim-endpoints").orElseThrow().getData();
        assertTrue(endpoints.get("oidc-url").startsWith("https://"), "Keycloak over TLS: " + endpoints.get("oidc-url"));
        assertTrue(endpoints.get("oidc-issuer").startsWith("https://"), "sign-in over TLS: " + endpoints.get("oidc-issuer"));
        for (String db : List.of("registry-db-url", "ballot-db-url", "results-db-url")) {
            assertFalse(endpoints.get(db).contains("//postgresql:"), db + " still points at the local cluster's database");
        }
    }

    @Test
    void productionRunsMoreReplicasThanLocalAndResultsTheMost() {
        Map<String, Integer> local = minReplicas(Overlays.local());
        Map<String, Integer> production = minReplicas(Overlays.production());

        for (String service : ManifestCheck.TIZIM_SERVICES) {
            assertTrue(production.get(service) >= 2, service + " needs two replicas to survive a node");
            assertTrue(production.get(service) > local.get(service), service);
        }
        int results = production.get("results-service");
        assertTrue(production.values().stream().allMatch(n -> n <= results));
    }

    @Test
    void servicesCallEachOtherAtTheUrlsTheirServicesListenOn() {
        for (Rendered overlay : List.of(Overlays.local(), Overlays.production())) {
            Map<String, String> endpoints = overlay.find(ConfigMap.class, "tizim-endpoints").orElseThrow().getData();
            for (String callee : List.of("registry", "ballot")) {
                URI url = URI.create(endpoints.get(callee + "-url"));
                Service service = overlay.find(Service.class, url.getHost()).orElseThrow(() -> new AssertionError(url.getHost()));
                assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == url.getPort()), url.toString());
            }
        }
    }

    @Test
    void everySecretProductionNeedsIsDocumented() throws IOException {
        String readme = Files.readString(Rendered.DIR.resolve("README.md"));

        for (String external : Overlays.PRODUCTION_EXTERNAL) {
            String name = external.substring(external.indexOf('/') + 1);
            assertTrue(readme.contains("`" + name + "`"), "README.md does not name " + external);
        }
    }

    @Test
    void eachServiceGetsTheEnvironmentItsProductionProfileNeeds() {
        Map<String, List<String>> needs = Map.of(
                "registry-service", List.of("TIZIM_REGISTRY_DB_URL", "TIZIM_DB_USER", "TIZIM_DB_PASSWORD", "TIZIM_OIDC_URL",
                        "TIZIM_OIDC_ISSUER", "TIZIM_IIN_HASH_KEY"),
                "ballot-service", List.of("TIZIM_BALLOT_DB_URL", "TIZIM_DB_USER", "TIZIM_DB_PASSWORD", "TIZIM_OIDC_URL",
                        "TIZIM_OIDC_ISSUER", "TIZIM_REGISTRY_URL", "TIZIM_BALLOT_CLIENT_SECRET"),
                "results-service", List.of("TIZIM_RESULTS_DB_URL", "TIZIM_DB_USER", "TIZIM_DB_PASSWORD", "TIZIM_OIDC_URL",
                        "TIZIM_OIDC_ISSUER", "TIZIM_REGISTRY_URL", "TIZIM_BALLOT_URL", "TIZIM_RESULTS_CLIENT_SECRET"));
        Rendered production = Overlays.production();

        needs.forEach((service, variables) -> {
            List<String> env = container(production, service).getEnv().stream().map(EnvVar::getName).toList();
            assertTrue(env.containsAll(variables), service + " lacks some of " + variables + ": has " + env);
        });
    }

    private static Container container(Rendered rendered, String deployment) {
        return rendered.find(Deployment.class, deployment).orElseThrow(() -> new AssertionError("no Deployment " + deployment))
                .getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Map<String, Integer> minReplicas(Rendered rendered) {
        return rendered.all(HorizontalPodAutoscaler.class).stream().collect(java.util.stream.Collectors.toMap(
                h -> h.getSpec().getScaleTargetRef().getName(), h -> h.getSpec().getMinReplicas()));
    }
}
