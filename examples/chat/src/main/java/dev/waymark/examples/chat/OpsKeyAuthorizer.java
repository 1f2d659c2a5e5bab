package dev.waymark.examples.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.waymark.auth.Authorizer;
import dev.waymark.auth.AuthorizerRequest;
import dev.waymark.auth.AuthorizerResult;

/** Lets operators in with the key of {@code chat.ops-key} (compared in constant time), for the @connections endpoint. */
@ApplicationScoped
public class OpsKeyAuthorizer implements Authorizer {

    @Inject
    @ConfigProperty(name = "chat.ops-key")
    String opsKey;

    @Override
    public AuthorizerResult authorize(AuthorizerRequest request) {
        byte[] given = request.identitySources().get(0).getBytes(StandardCharsets.UTF_8);
        if (MessageDigest.isEqual(given, opsKey.getBytes(StandardCharsets.UTF_8))) {
            return AuthorizerResult.allow("ops", Map.of());
        }
        return AuthorizerResult.deny();
    }
}
