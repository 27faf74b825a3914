import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * DEV ONLY: a stand-in for Keycloak's token endpoint in the local stack until the realm joins it. It
 * answers the client-credentials grant of the service clients with RS256 tokens signed by the local
 * key (issuer tizim-local, role service) and nothing else: no users, no password grant.
 * Usage: java DevTokenIssuer.java PRIVATE_KEY_PEM PORT client=secret [client=secret ...]
 */
public class DevTokenIssuer {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        String pem = Files.readString(Path.of(args[0])).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Map<String, String> clients = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            clients.put(pair[0], pair[1]);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1])), 0);
        server.createContext("/realms/elections/protocol/openid-connect/token", exchange -> token(exchange, key, clients));
        server.start();
        System.out.println("dev token issuer on :" + args[1] + " for clients " + clients.keySet());
    }

    private static void token(HttpExchange exchange, PrivateKey key, Map<String, String> clients) throws IOException {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] credentials = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            form.put("client_id", URLDecoder.decode(credentials[0], StandardCharsets.UTF_8));
            form.put("client_secret", URLDecoder.decode(credentials[1], StandardCharsets.UTF_8));
        }
        String client = form.get("client_id");
        if (!"client_credentials".equals(form.get("grant_type")) || client == null
                || !clients.getOrDefault(client, "\0").equals(form.get("client_secret"))) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        String header = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"tizim-local\"}".getBytes(StandardCharsets.UTF_8));
        String payload = URL.encodeToString(("{\"iss\":\"tizim-local\",\"sub\":\"service-account-" + client + "\",\"azp\":\"" + client
                + "\",\"aud\":[\"registry-service\",\"ballot-service\",\"results-service\"],\"iat\":" + now + ",\"exp\":" + (now + 300)
                + ",\"realm_access\":{\"roles\":[\"service\"]}}").getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            String token = header + "." + payload + "." + URL.encodeToString(rsa.sign());
            respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        } catch (java.security.GeneralSecurityException e) {
            respond(exchange, 500, "{\"error\":\"server_error\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
