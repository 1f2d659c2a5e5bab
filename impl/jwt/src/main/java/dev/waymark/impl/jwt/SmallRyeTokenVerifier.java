package dev.waymark.impl.jwt;

import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.JoseException;

import dev.waymark.impl.auth.TokenVerifier;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/** Verifies tokens with SmallRye JWT's parser against the authorizer's keys, and reads what Waymark needs of them. */
final class SmallRyeTokenVerifier implements TokenVerifier {

    private final JWTParser parser;
    private final SigningKeys keys;

    SmallRyeTokenVerifier(JWTParser parser, SigningKeys keys) {
        this.parser = parser;
        this.keys = keys;
    }

    @Override
    public VerifiedToken verify(String token) throws InvalidTokenException {
        JsonWebToken jwt;
        try {
            JsonWebSignature signature = new JsonWebSignature();
            signature.setCompactSerialization(token);
            if (!(keys.keyFor(signature) instanceof PublicKey key)) {
                throw new InvalidTokenException("the issuer's key is not a public key", null);
            }
            jwt = parser.verify(token, key);
        } catch (SigningKeys.KeyException e) {
            throw new InvalidTokenException(e.getMessage(), e);
        } catch (JoseException | ParseException | RuntimeException e) {
            throw new InvalidTokenException(reason(e), e);
        }
        String principal = jwt.getName();
        if (principal == null) {
            principal = jwt.getSubject();
        }
        if (principal == null) {
            throw new InvalidTokenException("the token names no caller (upn, preferred_username or sub)", null);
        }
        return new VerifiedToken(principal, scopes(jwt), claims(jwt), jwt);
    }

    /** What the client is told: the kind of failure, never the token's content. */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid) {
                if (invalid.hasExpired()) {
                    return "the token is expired";
                }
                if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID) || invalid.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
                    return "the token is not yet valid";
                }
                if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID) || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
                    return "the token is from another issuer";
                }
                if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
                    return "the token is for another audience";
                }
                if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
                    return "the signature does not verify";
                }
                if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
                    return "the token is not signed";
                }
                if (invalid.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
                    return "the token has no expiration time";
                }
            }
        }
        return "the token cannot be verified with the issuer's keys and accepted algorithms";
    }

    private static Set<String> scopes(JsonWebToken jwt) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String claim : new String[] {"scope", "scp"}) {
            Object value = jwt.getClaim(claim);
            if (value instanceof JsonString text) {
                value = text.getString();
            }
            if (value instanceof String text) {
                for (String scope : text.split(" ")) {
                    if (!scope.isBlank()) {
                        scopes.add(scope);
                    }
                }
            } else if (value instanceof JsonArray array) {
                for (JsonValue item : array) {
                    if (item instanceof JsonString scope) {
                        scopes.add(scope.getString());
                    }
                }
            } else if (value instanceof Iterable<?> items) {
                items.forEach(item -> scopes.add(String.valueOf(item)));
            }
        }
        return Set.copyOf(scopes);
    }

    private static Map<String, Object> claims(JsonWebToken jwt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        for (String name : jwt.getClaimNames()) {
            if (!name.equals("raw_token")) {
                Object value = plain(jwt.getClaim(name));
                if (value != null) {
                    claims.put(name, value);
                }
            }
        }
        return java.util.Collections.unmodifiableMap(claims);
    }

    /** A claim as plain Java: JSON-P values become strings, numbers, booleans, lists and maps. */
    private static Object plain(Object value) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? (Object) number.longValue() : number.doubleValue();
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(SmallRyeTokenVerifier::plain).toList();
        }
        if (value instanceof JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.forEach((key, item) -> map.put(key, plain(item)));
            return java.util.Collections.unmodifiableMap(map);
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof Set<?> set) {
            return java.util.List.copyOf(set);
        }
        return value;
    }
}
