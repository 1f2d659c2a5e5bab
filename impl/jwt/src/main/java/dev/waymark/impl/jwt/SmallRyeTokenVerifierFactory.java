package dev.waymark.impl.jwt;

import java.util.Set;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.auth.JwtSettings;
import dev.waymark.impl.auth.TokenVerifier;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

/**
 * Makes {@link TokenVerifier}s on SmallRye JWT: RS256 and ES256 signatures only (so {@code none}
 * and HS256 are refused whatever a token's header says), the issuer, audiences and time claims
 * checked, keys from a JWKS URL ({@link JwksKeys}) or a PEM key ({@link PemKey}).
 */
public final class SmallRyeTokenVerifierFactory implements TokenVerifier.Factory {

    @Override
    public TokenVerifier create(JwtSettings settings) {
        if (settings.issuer().isEmpty()) {
            throw new ApiDeploymentException("The JWT authorizer " + settings.name() + " needs an issuer (issuer, or waymark.auth."
                    + settings.name() + ".issuer): a token from any issuer would be accepted otherwise");
        }
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setIssuedBy(settings.issuer().get());
        if (!settings.audiences().isEmpty()) {
            info.setExpectedAudience(Set.copyOf(settings.audiences()));
        }
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256));
        SigningKeys keys = settings.jwksUrl().<SigningKeys>map(JwksKeys::new)
                .orElseGet(() -> new PemKey(settings.publicKey().orElseThrow(), settings.name()));
        return new SmallRyeTokenVerifier(new DefaultJWTParser(info), keys);
    }
}
