package kz.elections.kubernetes;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks catch what they are for: each fixture under src/test/resources/broken is the local overlay
 * with one thing broken, and its rendering must be reported with the finding named here.
 */
class BrokenManifestsTest {

    static Path fixture(String name) {
        return Rendered.DIR.resolve("src/test/resources/broken").resolve(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-readiness-probe        | Deployment/ballot-service container ballot-service: no readiness probe
            liveness-on-wrong-path    | Deployment/results-service container results-service: liveness probe on /q/health, not /q/health/live
            untagged-image            | Deployment/registry-service container registry-service: image tizim/registry-service has no tag
            unknown-field             | fields not in the schema: [readinessProbes]
            wrong-type                | apps/v1/Deployment ballot-service: does not match the schema
            target-port-mismatch      | Service/registry-service: targetPort 8080 is no container port of the pods it selects
            autoscaler-without-target | HorizontalPodAutoscaler/registry-service: scales Deployment registry, which is not a rendered apps/v1 Deployment
            missing-secret-key        | Deployment/registry-service container registry-service: Secret registry-service-iin-hash has no key hash
            no-resources              | Deployment/results-service container results-service: no memory limit
            ballot-open-to-all        | a pod of another namespace may reach ballot-service
            registry-calls-ballot     | registry-service may call ballot-service on 8082
            results-cut-off-from-ballot | results-service may not call ballot-service on 8082
            deprecated-api            | autoscaling/v2beta2/HorizontalPodAutoscaler keycloak: apiVersion and kind not among
            sticky-sessions           | Service/results-service: sessionAffinity ClientIP (replicas must not need sticky sessions)
            no-drain-time             | Deployment/results-service: terminationGracePeriodSeconds 20 does not cover preStop + shutdown delay + shutdown timeout (35 s)
            """)
    void reportsTheBrokenManifest(String fixture, String finding) {
        List<String> problems = Rendered.of(fixture(fixture), Overlays.LOCAL_EXTERNAL, Overlays.LOCAL_BACKING).problems();

        assertTrue(problems.stream().anyMatch(p -> p.contains(finding)), "expected '" + finding + "' among " + problems);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            file-outside-root  | is outside the kustomization root
            unsupported-field  | commonLabels
            """)
    void refusesWhatKustomizeRefusesOrTheRendererDoesNotImplement(String fixture, String message) {
        Kustomize.UnsupportedKustomization refused = assertThrows(Kustomize.UnsupportedKustomization.class,
                () -> Kustomize.build(fixture(fixture)));

        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }
}
