package dev.waymark.examples.orders;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.waymark.auth.Authorizer;
import dev.waymark.auth.AuthorizerRequest;
import dev.waymark.auth.AuthorizerResult;

/** Lets in the holder of the staff key ({@code orders.staff-key}), compared in constant time. */
@ApplicationScoped
public class StaffKeyAuthorizer implements Authorizer {

    @Inject
    @ConfigProperty(name = "orders.staff-key")
    String staffKey;

    @Override
    public AuthorizerResult authorize(AuthorizerRequest request) {
        byte[] given = request.identitySources().get(0).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, staffKey.getBytes(StandardCharsets.UTF_8)) ? AuthorizerResult.allow("staff")
                : AuthorizerResult.deny();
    }
}
