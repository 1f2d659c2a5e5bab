package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.waymark.ApiDeploymentException;
import dev.waymark.RouteTable;

/** TLS on the embedded runtime from a PKCS#12 key store or PEM files, and the URL it reports. */
class TlsConfigTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path folder;

    private static Path keystore;
    private static KeyStore store;

    @BeforeAll
    static void makeKeyStore() throws Exception {
        keystore = folder.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
        store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
    }

    @AfterEach
    void clear() {
        for (String key : List.of("waymark.tls.keystore", "waymark.tls.keystore-password", "waymark.tls.certificate", "waymark.tls.key")) {
            System.clearProperty(key);
        }
    }

    @Test
    void servesHttpsFromAPkcs12KeyStore() throws Exception {
        System.setProperty("waymark.tls.keystore", keystore.toString());
        System.setProperty("waymark.tls.keystore-password", PASSWORD);
        assertServesHttps();
    }

    @Test
    void servesHttpsFromPemFiles() throws Exception {
        Certificate certificate = store.getCertificate("server");
        PrivateKey key = (PrivateKey) store.getKey("server", PASSWORD.toCharArray());
        Path certificateFile = Files.writeString(folder.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
        Path keyFile = Files.writeString(folder.resolve("key.pem"), pem("PRIVATE KEY", key.getEncoded()));
        System.setProperty("waymark.tls.certificate", certificateFile.toString());
        System.setProperty("waymark.tls.key", keyFile.toString());
        assertServesHttps();
    }

    @Test
    void incompleteOrUnreadableSettingsFailStart() throws Exception {
        System.setProperty("waymark.tls.certificate", folder.resolve("missing.pem").toString());
        ApiDeploymentException half = assertThrows(ApiDeploymentException.class, TlsConfig::fromConfig);
        assertTrue(half.getMessage().contains("waymark.tls.key"), half.getMessage());
        Path rsaKey = Files.writeString(folder.resolve("rsa.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        Certificate certificate = store.getCertificate("server");
        System.setProperty("waymark.tls.certificate", Files.writeString(folder.resolve("c.pem"), pem("CERTIFICATE", certificate.getEncoded())).toString());
        System.setProperty("waymark.tls.key", rsaKey.toString());
        ApiDeploymentException pkcs1 = assertThrows(ApiDeploymentException.class, TlsConfig::fromConfig);
        assertTrue(pkcs1.getMessage().contains("PKCS#8"), pkcs1.getMessage());
    }

    private static void assertServesHttps() throws Exception {
        RouteTable table = RouteTable.create("secure").add("GET /hello", (request, response) -> "over tls");
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of()).api(table).start()) {
            assertEquals("https", server.uri().getScheme());
            assertEquals(URI.create("https://127.0.0.1:" + server.port() + "/"), server.urls().url("secure"));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(context).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + server.port() + "/hello")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals("over tls", response.body());
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
