package dev.waymark.impl.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.KeyFormat;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;

class SmallRyeJwtVetoTest {

    private final SmallRyeJwtVeto extension = new SmallRyeJwtVeto();

    @Test
    void vetoesTheSmallRyeJwtBeansThatComeWithTheApplication() {
        assertEquals(1, vetoes(JWTAuthContextInfoProvider.class));
        assertEquals(1, vetoes(DefaultJWTParser.class));
    }

    @Test
    void keepsTheApplicationsOwnTypes() {
        assertEquals(0, vetoes(TokenExtension.class));
        assertEquals(0, vetoes(JsonWebSignature.class));
        assertEquals(0, vetoes(JsonWebToken.class));
    }

    @Test
    void keepsTheSmallRyeJwtOfAnotherClassLoader() throws Exception {
        URL jar = KeyFormat.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader server = new URLClassLoader(new URL[] {jar}, null)) {
            Class<?> serverCopy = Class.forName(KeyFormat.class.getName(), false, server);
            assertNotSame(KeyFormat.class, serverCopy);
            assertTrue(SmallRyeJwtVeto.isBundled(KeyFormat.class));
            assertFalse(SmallRyeJwtVeto.isBundled(serverCopy));
        }
    }

    /** How many times the extension vetoes a type the container announces. */
    private int vetoes(Class<?> type) {
        AtomicInteger vetoes = new AtomicInteger();
        AnnotatedType<?> annotated = (AnnotatedType<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AnnotatedType.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getJavaClass")) {
                        return type;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ProcessAnnotatedType<?> event = (ProcessAnnotatedType<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProcessAnnotatedType.class}, (proxy, method, args) -> {
                    if (method.getName().equals("veto")) {
                        vetoes.incrementAndGet();
                        return null;
                    }
                    if (method.getName().equals("getAnnotatedType")) {
                        return annotated;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        extension.veto(event);
        return vetoes.get();
    }
}
