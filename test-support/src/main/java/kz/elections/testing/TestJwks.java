package kz.elections.testing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The JSON Web Key Set of the test issuer's public key. The pages' OIDC tenant (a web-app / hybrid
 * tenant) verifies bearer tokens against a JWKS endpoint, not a configured public key, so each service's
 * tests serve this document from a stub endpoint.
 */
public final class TestJwks {

    private TestJwks() {
    }

    public static String json() {
        try (InputStream in = TestJwks.class.getResourceAsStream("/test-keys/public.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
            return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"tizim-test\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                    + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}]}";
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test public key", e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
