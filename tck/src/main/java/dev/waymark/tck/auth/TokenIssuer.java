package dev.waymark.tck.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * An issuer of JWTs for the TCK, with the JDK's cryptography only: RSA keys, a JWKS served over
 * HTTP on the loopback address, signed tokens, and the forgeries a JWT authorizer must refuse.
 */
public final class TokenIssuer {

    /** The issuer the TCK's authorizers expect. */
    public static final String ISSUER = "https://issuer.waymark.test";

    /** The audience the TCK's authorizers expect. */
    public static final String AUDIENCE = "tck";

    private final List<Key> published = new ArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private final HttpServer server;

    /** A key and its id. */
    private record Key(String kid, KeyPair pair) {
    }

    private TokenIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /**
     * Starts an issuer with one published key, {@code k1}.
     *
     * @return the issuer
     */
    public static TokenIssuer start() {
        TokenIssuer issuer = new TokenIssuer();
        issuer.publish("k1");
        return issuer;
    }

    /**
     * Publishes one more key in the JWKS, as an issuer does when it rotates keys.
     *
     * @param kid the key id
     */
    public synchronized void publish(String kid) {
        published.add(new Key(kid, rsaKeyPair()));
    }

    /**
     * How often the JWKS was fetched.
     *
     * @return the number of fetches
     */
    public int fetches() {
        return fetches.get();
    }

    /**
     * The JWKS URL.
     *
     * @return an http URL on the loopback address
     */
    public String jwksUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/jwks";
    }

    /**
     * The first key as a PEM public key, on one line, for configuration.
     *
     * @return the key in base64, without PEM armour
     */
    public synchronized String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(published.get(0).pair().getPublic().getEncoded());
    }

    /**
     * A valid token signed with key {@code k1}: issuer, audience, a subject, an hour of validity.
     *
     * @param subject the {@code sub} and {@code upn}
     * @param scope the {@code scope} claim (space separated), or null
     * @return the token
     */
    public String token(String subject, String scope) {
        return sign("k1", claims(subject, scope, ISSUER, AUDIENCE, 0, 3600));
    }

    /**
     * A token signed with a given published key.
     *
     * @param kid the key id
     * @param payload the claims as JSON
     * @return the token
     */
    public synchronized String sign(String kid, String payload) {
        Key key = published.stream().filter(k -> k.kid().equals(kid)).findFirst().orElseThrow();
        return signWith(key.pair(), kid, payload);
    }

    /**
     * A token signed with a key that is not published, under a published key id.
     *
     * @param kid the key id in the header
     * @param payload the claims
     * @return the token
     */
    public static String signWithStrangerKey(String kid, String payload) {
        return signWith(rsaKeyPair(), kid, payload);
    }

    /**
     * The claims of a token.
     *
     * @param subject {@code sub} and {@code upn}
     * @param scope {@code scope}, or null
     * @param issuer {@code iss}
     * @param audience {@code aud}
     * @param notBeforeOffset seconds from now of {@code nbf} (and {@code iat})
     * @param expiresOffset seconds from now of {@code exp}
     * @return the payload JSON
     */
    public static String claims(String subject, String scope, String issuer, String audience, long notBeforeOffset, long expiresOffset) {
        long now = Instant.now().getEpochSecond();
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", issuer).add("aud", audience).add("sub", subject).add("upn", subject)
                .add("iat", now + Math.min(notBeforeOffset, 0)).add("nbf", now + notBeforeOffset).add("exp", now + expiresOffset)
                .add("jti", Long.toHexString(System.nanoTime()));
        if (scope != null) {
            claims.add("scope", scope);
        }
        return claims.build().toString();
    }

    /**
     * An unsigned token ({@code alg: none}).
     *
     * @param payload the claims
     * @return the token
     */
    public static String unsigned(String payload) {
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(payload) + ".";
    }

    /**
     * A token signed HS256 with key {@code k1}'s public key as the HMAC secret: the RS256 to HS256
     * confusion attack.
     *
     * @param payload the claims
     * @return the token
     */
    public synchronized String hmacWithPublicKey(String payload) {
        String signingInput = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}") + "." + base64(payload);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(published.get(0).pair().getPublic().getEncoded(), "HmacSHA256"));
            return signingInput + "." + base64(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops serving the JWKS. */
    public void stop() {
        server.stop(0);
    }

    private synchronized String jwks() {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        for (Key key : published) {
            RSAPublicKey rsa = (RSAPublicKey) key.pair().getPublic();
            keys.add(Json.createObjectBuilder().add("kty", "RSA").add("kid", key.kid()).add("use", "sig").add("alg", "RS256")
                    .add("n", base64(unsigned(rsa.getModulus()))).add("e", base64(unsigned(rsa.getPublicExponent()))));
        }
        return Json.createObjectBuilder().add("keys", keys).build().toString();
    }

    private static String signWith(KeyPair pair, String kid, String payload) {
        String signingInput = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + base64(payload);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(pair.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64(String text) {
        return base64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The configuration of a deployment whose JWT authorizer {@code jwt} uses this issuer's JWKS
     * and whose authorizer {@code pem} uses key {@code k1} as PEM.
     *
     * @return {@code microprofile-config.properties} text
     */
    public String config() {
        return Map.of("waymark.auth.jwt.jwks-url", jwksUrl(), "waymark.auth.pem.public-key", publicKeyBase64())
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "\n").reduce("", String::concat);
    }
}
