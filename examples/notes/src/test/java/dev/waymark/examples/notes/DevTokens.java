package dev.waymark.examples.notes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** Tokens signed with the example's development key, as dev/token.sh mints them. */
final class DevTokens {

    private DevTokens() {
    }

    static String token(String subject, String scope) throws Exception {
        String pem = Files.readString(Path.of("dev", "private-key.pem"), StandardCharsets.US_ASCII);
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        long now = Instant.now().getEpochSecond();
        String payload = "{\"iss\":\"https://auth.notes.example\",\"aud\":\"notes\",\"sub\":\"" + subject + "\",\"scope\":\"" + scope
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 600) + "}";
        String input = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"dev\"}") + "." + encode(payload);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
