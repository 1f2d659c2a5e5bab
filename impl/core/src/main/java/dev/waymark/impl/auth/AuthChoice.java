package dev.waymark.impl.auth;

import java.util.List;

/**
 * A route's choice of authorizer and requirements; a null field keeps the level below (the API's
 * choice, the table's defaults).
 *
 * @param authorizer the authorizer's name, or {@code none}
 * @param scopes the scopes of which a JWT must carry one
 * @param roles the roles of which a container principal must have one
 */
public record AuthChoice(String authorizer, List<String> scopes, List<String> roles) {

    /**
     * This choice over another.
     *
     * @param base the choice below, or null
     * @return the combined choice
     */
    public AuthChoice over(AuthChoice base) {
        if (base == null) {
            return this;
        }
        return new AuthChoice(authorizer == null ? base.authorizer : authorizer, scopes == null ? base.scopes : scopes,
                roles == null ? base.roles : roles);
    }
}
