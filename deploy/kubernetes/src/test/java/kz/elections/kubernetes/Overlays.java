package kz.elections.kubernetes;

import java.nio.file.Path;
import java.util.Set;

/** The two overlays, with what each expects to find outside its manifests. */
final class Overlays {

    /** Created by hand before the first apply (kustomize may not read deploy/keycloak). */
    static final Set<String> LOCAL_EXTERNAL = Set.of("ConfigMap/keycloak-realm");

    /** Created by the operators in the cluster; README.md names each. */
    static final Set<String> PRODUCTION_EXTERNAL = Set.of("Secret/registry-service-db", "Secret/ballot-service-db",
            "Secret/results-service-db", "Secret/registry-service-iin-hash", "Secret/ballot-service-oidc-client",
            "Secret/results-service-oidc-client", "Secret/tizim-web-state", "Secret/tizim-tls");

    static final Rendered.Backing LOCAL_BACKING = Rendered.Backing.pods("postgresql", 5432, "keycloak", 8080);

    /** Addresses inside the CIDRs that overlays/production/network-policy.yaml stands for. */
    static final Rendered.Backing PRODUCTION_BACKING = Rendered.Backing.addresses("192.0.2.5", 5432, "198.51.100.10", 443);

    private Overlays() {
    }

    static Path path(String overlay) {
        return Rendered.DIR.resolve("overlays").resolve(overlay);
    }

    static Rendered local() {
        return Rendered.of(path("local"), LOCAL_EXTERNAL, LOCAL_BACKING);
    }

    static Rendered production() {
        return Rendered.of(path("production"), PRODUCTION_EXTERNAL, PRODUCTION_BACKING);
    }
}
