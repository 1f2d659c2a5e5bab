package dev.waymark.examples.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a {@code Stripe-Signature} header against the raw body of a webhook request, as Stripe
 * signs its webhook deliveries.
 *
 * <p>The header is a comma-separated list of {@code key=value} items:
 * {@code t=<unix seconds>,v1=<hex>[,v1=<hex>...]}. Each {@code v1} is the lowercase or uppercase
 * hex of the HMAC-SHA256, keyed with the endpoint secret (the whole {@code whsec_...} string, as
 * UTF-8), of the signed payload: the timestamp in decimal, a {@code .}, then the body bytes exactly
 * as sent. While a secret is being rotated Stripe sends one {@code v1} per secret; the header is
 * valid if any of them matches. Other keys (such as {@code v0}) are ignored.
 *
 * <p>A header is invalid if it is missing or blank, has an item without {@code =}, has no
 * timestamp or more than one, has a timestamp that is not a positive decimal number, has no
 * {@code v1} item, or has a {@code v1} that is not an even number of hex digits. A valid header is
 * refused if no {@code v1} matches the expected signature (compared in constant time), and then if
 * its timestamp is further than the tolerance from the clock, in either direction, which bounds how
 * long a captured request can be replayed. Stripe's own libraries check only for timestamps in the
 * past; a timestamp in the future is refused here too, since Stripe never sends one.
 *
 * <p>Instances are immutable and safe for concurrent use.
 */
public final class StripeSignature {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_TIMESTAMP_DIGITS = 18;

    private final SecretKeySpec key;
    private final Duration tolerance;
    private final Clock clock;

    /**
     * Creates a verifier for one endpoint secret.
     *
     * @param secret the endpoint's signing secret, such as {@code whsec_...}
     * @param tolerance how far a signature's timestamp may be from the clock
     * @param clock the clock the timestamp is compared with
     * @throws IllegalArgumentException if the secret is blank or the tolerance negative
     */
    public StripeSignature(String secret, Duration tolerance, Clock clock) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The webhook secret is empty");
        }
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("The signature tolerance is negative: " + tolerance);
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    // tag::verify[]
    /**
     * Verifies a signature header against a body.
     *
     * @param body the request body, exactly as received
     * @param header the value of the {@code Stripe-Signature} header, or {@code null} if absent
     * @throws SignatureVerificationException if the header is malformed, no signature matches, or
     *         the timestamp is outside the tolerance; its message says which
     */
    public void verify(byte[] body, String header) throws SignatureVerificationException {
        SignatureHeader parsed = SignatureHeader.parse(header);
        byte[] expected = sign(parsed.timestamp(), body);
        boolean matches = false;
        for (byte[] candidate : parsed.signatures()) {
            matches |= MessageDigest.isEqual(expected, candidate);
        }
        if (!matches) {
            throw new SignatureVerificationException("No v1 signature of the Stripe-Signature header matches the body");
        }
        long age = clock.instant().getEpochSecond() - parsed.timestamp();
        if (Math.abs(age) > tolerance.toSeconds()) {
            throw new SignatureVerificationException("The Stripe-Signature timestamp is more than "
                    + tolerance.toSeconds() + " seconds from the current time");
        }
    }

    private byte[] sign(long timestamp, byte[] body) {
        Mac mac;
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("This JDK cannot compute " + ALGORITHM, e);
        }
        mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
        return mac.doFinal(body);
    }
    // end::verify[]

    /** The parts of a well-formed header: one timestamp and at least one {@code v1} signature. */
    private record SignatureHeader(long timestamp, List<byte[]> signatures) {

        static SignatureHeader parse(String header) throws SignatureVerificationException {
            if (header == null || header.isBlank()) {
                throw new SignatureVerificationException("The request has no Stripe-Signature header");
            }
            String timestamp = null;
            List<byte[]> signatures = new ArrayList<>();
            for (String item : header.split(",", -1)) {
                int equals = item.indexOf('=');
                if (equals < 0) {
                    throw new SignatureVerificationException("The Stripe-Signature header has an item without '='");
                }
                String name = item.substring(0, equals);
                String value = item.substring(equals + 1);
                if (name.equals("t")) {
                    if (timestamp != null) {
                        throw new SignatureVerificationException("The Stripe-Signature header has more than one timestamp");
                    }
                    timestamp = value;
                } else if (name.equals("v1")) {
                    signatures.add(hex(value));
                }
            }
            if (timestamp == null) {
                throw new SignatureVerificationException("The Stripe-Signature header has no timestamp (t=)");
            }
            if (signatures.isEmpty()) {
                throw new SignatureVerificationException("The Stripe-Signature header has no v1 signature");
            }
            return new SignatureHeader(seconds(timestamp), signatures);
        }

        private static long seconds(String value) throws SignatureVerificationException {
            boolean digits = !value.isEmpty() && value.length() <= MAX_TIMESTAMP_DIGITS
                    && value.chars().allMatch(c -> c >= '0' && c <= '9');
            long seconds = digits ? Long.parseLong(value) : 0;
            if (seconds <= 0) {
                throw new SignatureVerificationException("The Stripe-Signature timestamp is not a positive number of seconds");
            }
            return seconds;
        }

        private static byte[] hex(String value) throws SignatureVerificationException {
            if (value.isEmpty() || value.length() % 2 != 0 || !value.chars().allMatch(HexFormat::isHexDigit)) {
                throw new SignatureVerificationException("A v1 signature of the Stripe-Signature header is not hex");
            }
            return HexFormat.of().parseHex(value);
        }
    }
}
