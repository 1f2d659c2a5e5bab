package dev.waymark.examples.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StripeSignatureTest {

    private static final String SECRET = "whsec_test";
    private static final long NOW = 1_700_000_000L;
    private static final byte[] BODY = "{\"id\":\"evt_1\",\"type\":\"charge.succeeded\"}".getBytes(StandardCharsets.UTF_8);
    /** {@code printf '%s.%s' 1700000000 "$BODY" | openssl dgst -sha256 -hmac whsec_test}. */
    private static final String OPENSSL_V1 = "a3f7d2647ca8af4e7ebbd79c4f9380dbd98ee11b35cf0485b700ca327380e947";

    private final StripeSignature signature = new StripeSignature(SECRET, Duration.ofSeconds(300),
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    private static String hmac(String secret, long timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private String refusal(String header) {
        return assertThrows(SignatureVerificationException.class, () -> signature.verify(BODY, header), header).getMessage();
    }

    @Test
    void acceptsTheSignatureOpensslComputes() {
        assertDoesNotThrow(() -> signature.verify(BODY, "t=" + NOW + ",v1=" + OPENSSL_V1));
    }

    @Test
    void acceptsUppercaseHex() {
        assertDoesNotThrow(() -> signature.verify(BODY, "t=" + NOW + ",v1=" + OPENSSL_V1.toUpperCase(Locale.ROOT)));
    }

    @Test
    void acceptsAnyMatchingV1WhileASecretRotates() throws Exception {
        String old = hmac("whsec_old", NOW, BODY);
        assertDoesNotThrow(() -> signature.verify(BODY, "t=" + NOW + ",v1=" + old + ",v1=" + hmac(SECRET, NOW, BODY)));
        assertDoesNotThrow(() -> signature.verify(BODY, "t=" + NOW + ",v1=" + hmac(SECRET, NOW, BODY) + ",v1=" + old));
    }

    @Test
    void ignoresOtherSchemes() throws Exception {
        String v1 = hmac(SECRET, NOW, BODY);
        assertDoesNotThrow(() -> signature.verify(BODY, "t=" + NOW + ",v1=" + v1 + ",v0=" + "00".repeat(32)));
        assertTrue(refusal("t=" + NOW + ",v0=" + v1).contains("no v1"));
    }

    @Test
    void refusesATamperedBody() {
        byte[] tampered = "{\"id\":\"evt_1\",\"type\":\"charge.refunded\"}".getBytes(StandardCharsets.UTF_8);
        assertThrows(SignatureVerificationException.class, () -> signature.verify(tampered, "t=" + NOW + ",v1=" + OPENSSL_V1));
    }

    @Test
    void refusesAnotherSecret() throws Exception {
        assertTrue(refusal("t=" + NOW + ",v1=" + hmac("whsec_other", NOW, BODY)).contains("matches"));
    }

    @Test
    void refusesAnotherTimestampThanTheSignedOne() {
        assertTrue(refusal("t=" + (NOW + 1) + ",v1=" + OPENSSL_V1).contains("matches"));
    }

    @Test
    void acceptsTimestampsUpToTheToleranceAway() throws Exception {
        for (long timestamp : new long[] {NOW - 300, NOW + 300}) {
            String header = "t=" + timestamp + ",v1=" + hmac(SECRET, timestamp, BODY);
            assertDoesNotThrow(() -> signature.verify(BODY, header));
        }
    }

    @Test
    void refusesTimestampsFurtherAway() throws Exception {
        for (long timestamp : new long[] {NOW - 301, NOW + 301}) {
            assertTrue(refusal("t=" + timestamp + ",v1=" + hmac(SECRET, timestamp, BODY)).contains("300 seconds"));
        }
    }

    @Test
    void refusesAMissingHeader() {
        assertTrue(refusal(null).contains("no Stripe-Signature header"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        " ",
        "garbage",
        "v1=" + OPENSSL_V1,
        "t=,v1=" + OPENSSL_V1,
        "t=abc,v1=" + OPENSSL_V1,
        "t=-1700000000,v1=" + OPENSSL_V1,
        "t=+1700000000,v1=" + OPENSSL_V1,
        "t= 1700000000,v1=" + OPENSSL_V1,
        "t=0,v1=" + OPENSSL_V1,
        "t=1.7e9,v1=" + OPENSSL_V1,
        "t=99999999999999999999,v1=" + OPENSSL_V1,
        "t=1700000000,t=1700000000,v1=" + OPENSSL_V1,
        "t=1700000000",
        "t=1700000000,",
        "t=1700000000,v1",
        "t=1700000000,v1=",
        "t=1700000000,v1=abc",
        "t=1700000000,v1=zz" + OPENSSL_V1,
        "t=1700000000,v1=" + OPENSSL_V1 + ",v1=abc",
        "t=1700000000;v1=" + OPENSSL_V1,
        "t=1700000000, v1=" + OPENSSL_V1,
    })
    void refusesMalformedHeaders(String header) {
        refusal(header);
    }

    @Test
    void refusesAnEmptySecret() {
        assertThrows(IllegalArgumentException.class, () -> new StripeSignature(" ", Duration.ofSeconds(300), Clock.systemUTC()));
    }
}
