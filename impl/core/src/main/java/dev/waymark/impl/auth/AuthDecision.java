package dev.waymark.impl.auth;

import jakarta.ws.rs.core.Response;

/**
 * What an authorizer decided for one request: an identity, or the answer that refuses it.
 *
 * @param identity the caller, when allowed
 * @param refusal the 401, 403 or 500 answer, when refused
 */
public record AuthDecision(DefaultIdentity identity, Response refusal) {

    static AuthDecision allow(DefaultIdentity identity) {
        return new AuthDecision(identity, null);
    }

    static AuthDecision refuse(Response refusal) {
        return new AuthDecision(null, refusal);
    }

    /**
     * Whether the request was refused.
     *
     * @return {@code true} if {@link #refusal()} is the answer
     */
    public boolean refused() {
        return refusal != null;
    }
}
