package dev.waymark.impl.auth;

import java.util.List;
import java.util.Optional;

/**
 * The settings of one JWT authorizer, its declaration overridden by {@code waymark.auth.<name>.*}.
 *
 * @param name the authorizer's name
 * @param issuer the issuer the {@code iss} claim must equal, if checked
 * @param audiences the audiences of which {@code aud} must name one; empty for no check
 * @param jwksUrl where the keys are published, if they are
 * @param publicKey the PEM key, if given
 */
public record JwtSettings(String name, Optional<String> issuer, List<String> audiences, Optional<String> jwksUrl,
        Optional<String> publicKey) {
}
