package dev.waymark.impl.jwt;

import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Stereotype;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.inject.Scope;

/**
 * Keeps the classes of SmallRye JWT that come with the application out of its beans. Waymark
 * uses SmallRye JWT as a library: it creates the token parser itself and injects none of SmallRye
 * JWT's classes. But a Jakarta EE server makes any library jar that holds a class with a
 * bean-defining annotation an implicit bean archive, and SmallRye JWT's jar has several, among them
 * the {@code @Dependent} {@code JWTAuthContextInfoProvider} whose {@code @ConfigProperty} fields
 * read MicroProfile JWT's settings: bundled beside Waymark in {@code WEB-INF/lib}, they would
 * become beans of the application, and a server whose MicroProfile Config validates every
 * configuration injection point at deployment (GlassFish 7) refuses the application for settings
 * it does not use.
 *
 * <p>Only types of SmallRye JWT's package loaded by this extension's own class loader, the
 * application's, are vetoed: a server's own MicroProfile JWT, loaded by the server, keeps its beans.
 * The container announces only types with a bean-defining annotation (a scope, meta-annotated
 * {@link Scope} or {@link NormalScope}, or a stereotype) to this extension: the others never become
 * beans of an implicit bean archive.
 */
public class SmallRyeJwtVeto implements Extension {

    /** The package of SmallRye JWT's classes, its subpackages included. */
    static final String PACKAGE = "io.smallrye.jwt.";

    void veto(@Observes @WithAnnotations({Scope.class, NormalScope.class, Stereotype.class}) ProcessAnnotatedType<?> event) {
        if (isBundled(event.getAnnotatedType().getJavaClass())) {
            event.veto();
        }
    }

    /**
     * Whether a type is one of SmallRye JWT's classes that come with the application.
     *
     * @param type a type the container discovered
     * @return {@code true} for a class of SmallRye JWT loaded by the class loader of this extension
     */
    static boolean isBundled(Class<?> type) {
        return type.getName().startsWith(PACKAGE) && type.getClassLoader() == SmallRyeJwtVeto.class.getClassLoader();
    }
}
