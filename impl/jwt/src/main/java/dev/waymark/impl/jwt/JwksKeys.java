package dev.waymark.impl.jwt;

import java.io.IOException;
import java.security.Key;

import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * The signing keys a JWKS URL publishes: cached for an hour, and fetched again when a token names a
 * key the cache lacks (an issuer rotating its keys), at most once a minute after the first such
 * fetch so that tokens with made-up key ids cannot make the server fetch for every request.
 */
final class JwksKeys implements SigningKeys {

    private static final long CACHE_SECONDS = 3600;
    private static final long FORCED_REFRESH_MILLIS = 60_000;

    private final HttpsJwks jwks;
    private final VerificationJwkSelector selector = new VerificationJwkSelector();
    private long lastForcedRefresh;

    JwksKeys(String url) {
        this.jwks = new HttpsJwks(url);
        jwks.setDefaultCacheDuration(CACHE_SECONDS);
        jwks.setRetainCacheOnErrorDuration(CACHE_SECONDS);
        jwks.setRefreshReprieveThreshold(0);
    }

    @Override
    public Key keyFor(JsonWebSignature signature) throws KeyException {
        try {
            JsonWebKey key = selector.select(signature, jwks.getJsonWebKeys());
            if (key == null && mayRefresh()) {
                jwks.refresh();
                key = selector.select(signature, jwks.getJsonWebKeys());
            }
            if (!(key instanceof PublicJsonWebKey published)) {
                throw new KeyException("the token names no key the issuer publishes", null);
            }
            return published.getPublicKey();
        } catch (IOException e) {
            throw new KeyException("the issuer's keys cannot be fetched", e);
        } catch (JoseException e) {
            throw new KeyException("the token names no key the issuer publishes", e);
        }
    }

    private synchronized boolean mayRefresh() {
        long now = System.currentTimeMillis();
        if (lastForcedRefresh != 0 && now - lastForcedRefresh < FORCED_REFRESH_MILLIS) {
            return false;
        }
        lastForcedRefresh = now;
        return true;
    }

    @Override
    public String toString() {
        return "JWKS " + jwks.getLocation();
    }
}
