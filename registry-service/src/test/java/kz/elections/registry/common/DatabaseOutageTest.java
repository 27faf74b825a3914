package kz.elections.registry.common;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.testing.PostgresProxy;
import kz.elections.testing.PostgresProxyTestResource;
import kz.elections.testing.TcpProxy;

/**
 * While the database cannot be reached the service says so with a 503 the client may retry, never a 500,
 * and writes nothing; once it is back the service answers as before, without a restart. The database is
 * taken away by cutting a proxy in front of it, so the shared server keeps running.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresProxyTestResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "database", value = "tizim_registry_test"))
class DatabaseOutageTest {

    @PostgresProxy
    TcpProxy database;

    @AfterEach
    void restoreTheDatabase() {
        database.restore();
    }

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsUnreachableAndServesAgainOnceItIsBack() {
        given().when().get("/api/v1/regions/KZ-75").then().statusCode(200);

        database.cut();

        given().when().get("/api/v1/regions/KZ-75")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://tizim.kz/problems/database-unavailable"))
                .body("status", equalTo(503))
                .body("instance", equalTo("/api/v1/regions/KZ-75"));

        database.restore();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().when().get("/api/v1/regions/KZ-75").then().statusCode(200).body("code", equalTo("KZ-75")));
    }

    @Test
    void aWriteWhileTheDatabaseIsUnreachableIs503AndLeavesNothingBehind() {
        var election = ElectionFixtures.openRequest("MAZHILIS", null);

        database.cut();

        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(election)
                .when().post("/api/v1/elections")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://tizim.kz/problems/database-unavailable"));

        database.restore();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().when().get("/api/v1/regions/KZ-75").then().statusCode(200));
        given().when().get("/api/v1/elections/{code}", election.get("code")).then().statusCode(404);
    }

    @Test
    void aPageWhileTheDatabaseIsUnreachableIsA503Page() {
        database.cut();

        given().when().get("/ui/parties")
                .then().statusCode(503)
                .contentType(startsWith("text/html"))
                .header("Retry-After", "5")
                .body(containsString("503"));
    }
}
