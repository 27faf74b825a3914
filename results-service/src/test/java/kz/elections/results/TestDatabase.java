package kz.elections.results;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kz.elections.testing.PostgresTestResource;

/** Every @QuarkusTest of this service runs against a fresh database {@code tizim_results_test}. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "tizim_results_test"))
public final class TestDatabase {
    private TestDatabase() {
    }
}
