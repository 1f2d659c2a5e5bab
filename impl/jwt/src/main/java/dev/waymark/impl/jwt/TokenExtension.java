package dev.waymark.impl.jwt;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.waymark.impl.auth.CurrentIdentity;

/**
 * Makes the verified token of the request a CDI bean, so handlers and the beans they call can
 * {@code @Inject JsonWebToken} [AUTH-2-5]. On a route without a JWT authorizer the token has no
 * claims and no name, as MicroProfile JWT specifies for an unauthenticated request. The bean is an
 * alternative, so it replaces a server's own producer where there is one.
 */
public class TokenExtension implements Extension {

    /**
     * Above the priority of a server's own MicroProfile JWT producer (an enabled alternative on
     * WildFly), which knows nothing of Waymark's authorizers.
     */
    private static final int PRIORITY = 1000;

    void addToken(@Observes AfterBeanDiscovery event) {
        event.addBean()
                .beanClass(TokenExtension.class)
                .types(JsonWebToken.class, Object.class)
                .scope(RequestScoped.class)
                .alternative(true)
                .priority(PRIORITY)
                .createWith(context -> current());
    }

    private static JsonWebToken current() {
        return CurrentIdentity.get()
                .flatMap(identity -> identity.credential(JsonWebToken.class))
                .orElse(NoToken.INSTANCE);
    }

    /** The token of a request that has none. */
    private static final class NoToken implements JsonWebToken {

        static final NoToken INSTANCE = new NoToken();

        @Override
        public String getName() {
            return null;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of();
        }

        @Override
        public <T> T getClaim(String claimName) {
            return null;
        }
    }
}
