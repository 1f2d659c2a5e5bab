package dev.waymark.impl.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.auth.JwtSettings;
import dev.waymark.impl.auth.TokenVerifier;

class SmallRyeTokenVerifierTest {

    private static final String ISSUER = "https://issuer.test";

    private final List<String> kids = new ArrayList<>();
    private final List<KeyPair> keys = new ArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer jwks;

    @AfterEach
    void stop() {
        if (jwks != null) {
            jwks.stop(0);
        }
    }

    @Test
    void pemKeyVerifiesAToken() throws Exception {
        KeyPair pair = rsa();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
        TokenVerifier verifier = factory(Optional.empty(), Optional.of(pem));
        TokenVerifier.VerifiedToken token = verifier.verify(sign(pair, "k1", claims("alice", "a b")));
        assertEquals("alice", token.principal());
        assertEquals(Set.of("a", "b"), token.scopes());
        assertEquals(ISSUER, token.claims().get("iss"));
        TokenVerifier bare = factory(Optional.empty(), Optional.of(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())));
        assertEquals("alice", bare.verify(sign(pair, "k1", claims("alice", null))).principal());
    }

    @Test
    void rotatedKeyIsFetched() throws Exception {
        serveJwks();
        publish("k1");
        TokenVerifier verifier = factory(Optional.of(jwksUrl()), Optional.empty());
        assertEquals("alice", verifier.verify(sign(keys.get(0), "k1", claims("alice", null))).principal());
        publish("k2");
        assertEquals("bob", verifier.verify(sign(keys.get(1), "k2", claims("bob", null))).principal());
        assertThrows(TokenVerifier.InvalidTokenException.class, () -> verifier.verify(sign(rsa(), "k9", claims("eve", null))));
        assertEquals(2, fetches.get());
    }

    @Test
    void issuerIsRequired() {
        assertThrows(ApiDeploymentException.class, () -> new SmallRyeTokenVerifierFactory()
                .create(new JwtSettings("jwt", Optional.empty(), List.of(), Optional.of("http://127.0.0.1/jwks"), Optional.empty())));
    }

    private TokenVerifier factory(Optional<String> url, Optional<String> pem) {
        return new SmallRyeTokenVerifierFactory().create(new JwtSettings("jwt", Optional.of(ISSUER), List.of("aud"), url, pem));
    }

    private void serveJwks() throws IOException {
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwks.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            StringBuilder body = new StringBuilder("{\"keys\":[");
            for (int i = 0; i < keys.size(); i++) {
                RSAPublicKey key = (RSAPublicKey) keys.get(i).getPublic();
                body.append(i == 0 ? "" : ",").append("{\"kty\":\"RSA\",\"kid\":\"").append(kids.get(i)).append("\",\"n\":\"")
                        .append(b64(unsigned(key.getModulus()))).append("\",\"e\":\"").append(b64(unsigned(key.getPublicExponent())))
                        .append("\"}");
            }
            byte[] bytes = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        jwks.start();
    }

    private String jwksUrl() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks";
    }

    private void publish(String kid) throws GeneralSecurityException {
        kids.add(kid);
        keys.add(rsa());
    }

    private static String claims(String subject, String scope) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + ISSUER + "\",\"aud\":\"aud\",\"sub\":\"" + subject + "\",\"iat\":" + now + ",\"exp\":" + (now + 600)
                + (scope == null ? "" : ",\"scope\":\"" + scope + "\"") + "}";
    }

    private static String sign(KeyPair pair, String kid, String payload) throws GeneralSecurityException {
        String input = b64(("{\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8)) + "."
                + b64(payload.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(pair.getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(signature.sign());
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
