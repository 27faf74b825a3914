package kz.elections.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The observer's offline check of an election's published results: reads the public feed from a results-service
 * (or any copy of it served at the same paths), {@code GET {base}/api/v1/elections/{election}/results/versions} and
 * every version it lists, and checks every link of the chain ({@link VersionChain}), and that each version is the one
 * the list announced. Prints one line per version, then OK and the head digest, or the first broken link.
 *
 * <pre>
 * java -jar verifier/target/tizim-verifier.jar BASE_URL ELECTION
 * </pre>
 *
 * Exit status 0: the chain holds; 1: a link is broken; 2: the feed could not be read (or wrong arguments).
 */
public final class FeedVerifier {

    public static final int HOLDS = 0;
    public static final int BROKEN = 1;
    public static final int UNREADABLE = 2;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final PrintStream out;

    public FeedVerifier(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -jar tizim-verifier.jar BASE_URL ELECTION   "
                    + "(e.g. http://localhost:8083 mazhilis-2023)");
            System.exit(UNREADABLE);
        }
        System.exit(new FeedVerifier(System.out).verify(URI.create(args[0]), args[1]));
    }

    /** Checks the feed of {@code election} (its code or id) at {@code base}; returns the exit status. */
    public int verify(URI base, String election) {
        try {
            String path = "/api/v1/elections/" + URLEncoder.encode(election, StandardCharsets.UTF_8) + "/results/versions";
            URI feed = resolve(base, path);
            JsonNode index = get(feed);
            String code = index.path("electionCode").asText(election);
            List<JsonNode> listed = new ArrayList<>();
            index.path("versions").forEach(listed::add);
            List<JsonNode> versions = new ArrayList<>();
            for (int i = 0; i < listed.size(); i++) {
                JsonNode entry = listed.get(i);
                JsonNode self = entry.path("links").path("self");
                URI location = self.isTextual() ? resolve(base, self.asText())
                        : resolve(base, path + "/" + entry.path("number").asText());
                JsonNode version = get(location);
                String listedDigest = VersionChain.text(entry, "digest");
                String servedDigest = VersionChain.text(version, "digest");
                if (entry.path("number").asInt() != i + 1 || listedDigest == null || !listedDigest.equals(servedDigest)) {
                    return broken(i + 1, "the list announces version " + entry.path("number") + " with digest " + listedDigest
                            + ", " + location + " serves version " + version.path("number") + " with digest " + servedDigest);
                }
                versions.add(version);
            }
            VersionChain.Result result = VersionChain.check(code, versions);
            if (!result.holds()) {
                for (int i = 0; i < result.broken().number() - 1; i++) {
                    out.println("version " + (i + 1) + " " + VersionChain.text(versions.get(i), "digest") + " ok");
                }
                return broken(result.broken().number(), result.broken().problem());
            }
            for (JsonNode version : versions) {
                out.println("version " + version.path("number").asInt() + " " + VersionChain.text(version, "digest") + " ok"
                        + (version.hasNonNull("auditHead") ? " (audit head " + version.get("auditHead").asText() + ")" : ""));
            }
            out.println("OK: " + result.versions() + " version(s) of " + code + ", head digest " + result.headDigest());
            return HOLDS;
        } catch (IOException | IllegalArgumentException e) {
            out.println("UNREADABLE: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return UNREADABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("UNREADABLE: interrupted");
            return UNREADABLE;
        }
    }

    private int broken(int number, String problem) {
        out.println("BROKEN at version " + number + ": " + problem);
        return BROKEN;
    }

    /** A path of the feed under {@code base} (which may be a copy of the feed under a prefix of its own). */
    private static URI resolve(URI base, String path) {
        return path.startsWith("/") ? URI.create(base.toString().replaceAll("/+$", "") + path) : URI.create(path);
    }

    private JsonNode get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
