package dev.waymark.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.glassfish.grizzly.ssl.SSLEngineConfigurator;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.config.ConfigKeys;

/**
 * TLS for the embedded runtime, from a PEM certificate chain and private key
 * ({@code waymark.tls.certificate}, {@code waymark.tls.key}) or a PKCS#12 key store
 * ({@code waymark.tls.keystore}, {@code waymark.tls.keystore-password}).
 */
final class TlsConfig {

    private TlsConfig() {
    }

    /**
     * The TLS settings the configuration asks for.
     *
     * @return the engine configuration for the listener, or empty for plain HTTP
     * @throws ApiDeploymentException if the files cannot be read, or the settings are incomplete
     */
    static Optional<SSLEngineConfigurator> fromConfig() {
        Optional<String> certificate = ConfigKeys.TLS_CERTIFICATE.value();
        Optional<String> key = ConfigKeys.TLS_KEY.value();
        Optional<String> keystore = ConfigKeys.TLS_KEYSTORE.value();
        if (keystore.isPresent() && (certificate.isPresent() || key.isPresent())) {
            throw new ApiDeploymentException("Set either waymark.tls.keystore or waymark.tls.certificate and waymark.tls.key, not both");
        }
        if (certificate.isPresent() != key.isPresent()) {
            throw new ApiDeploymentException("TLS from PEM files needs both waymark.tls.certificate and waymark.tls.key");
        }
        KeyStore store;
        char[] password;
        if (keystore.isPresent()) {
            password = ConfigKeys.TLS_KEYSTORE_PASSWORD.value().orElse("").toCharArray();
            store = pkcs12(Path.of(keystore.get().strip()), password);
        } else if (certificate.isPresent()) {
            password = new char[0];
            store = pem(Path.of(certificate.get().strip()), Path.of(key.get().strip()));
        } else {
            return Optional.empty();
        }
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return Optional.of(new SSLEngineConfigurator(context, false, false, false));
        } catch (GeneralSecurityException e) {
            throw new ApiDeploymentException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static KeyStore pkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new ApiDeploymentException("Cannot read the PKCS#12 key store " + file + " (waymark.tls.keystore): " + e.getMessage(), e);
        }
    }

    private static KeyStore pem(Path certificateFile, Path keyFile) {
        Certificate[] chain;
        try (InputStream in = Files.newInputStream(certificateFile)) {
            chain = CertificateFactory.getInstance("X.509").generateCertificates(in).toArray(Certificate[]::new);
        } catch (IOException | GeneralSecurityException e) {
            throw new ApiDeploymentException("Cannot read the certificate " + certificateFile + " (waymark.tls.certificate): "
                    + e.getMessage(), e);
        }
        if (chain.length == 0) {
            throw new ApiDeploymentException("The file " + certificateFile + " (waymark.tls.certificate) holds no certificate");
        }
        PrivateKey key = privateKey(keyFile, chain[0].getPublicKey().getAlgorithm());
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("waymark", key, new char[0], chain);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new ApiDeploymentException("The key " + keyFile + " does not fit the certificate " + certificateFile + ": "
                    + e.getMessage(), e);
        }
    }

    /** A PKCS#8 private key ({@code -----BEGIN PRIVATE KEY-----}). */
    private static PrivateKey privateKey(Path file, String algorithm) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new ApiDeploymentException("Cannot read the private key " + file + " (waymark.tls.key): " + e.getMessage(), e);
        }
        if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new ApiDeploymentException("The private key " + file + " (waymark.tls.key) is not PKCS#8 PEM "
                    + "('-----BEGIN PRIVATE KEY-----'); convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key8.pem");
        }
        String base64 = text.substring(text.indexOf("-----BEGIN PRIVATE KEY-----") + 27, text.indexOf("-----END PRIVATE KEY-----"))
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ApiDeploymentException("Cannot read the private key " + file + " (waymark.tls.key) as " + algorithm + ": "
                    + e.getMessage(), e);
        }
    }
}
