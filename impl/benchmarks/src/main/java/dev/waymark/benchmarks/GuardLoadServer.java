package dev.waymark.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.waymark.Handler;
import dev.waymark.RateLimitPolicy;
import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;
import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.auth.AuthorizerResult;
import dev.waymark.server.Waymark;

/**
 * The server of the authorizer and rate-limit load benchmark ({@code guard.sh}): the real embedded
 * runtime on {@code 127.0.0.1} with one route table that serves the JSON handler of
 * {@link LoadServer} four times, as STANDARD routes: {@code /open/items/{id}} without anything
 * before it, {@code /jwt/items/{id}} behind a JWT authorizer (RS256, PEM key; every request's token
 * is verified), {@code /custom/items/{id}} behind a custom authorizer whose decisions are cached
 * for an hour, and {@code /limited/items/{id}} behind a rate limit so large it never refuses (so the
 * cost of the bucket is what is measured).
 *
 * <p>It prints one {@code NAME URL HEADER} line per target ({@code -} for no header), then
 * {@code ready}, and serves until it is stopped (SIGTERM) or {@code maxSeconds} have passed.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.GuardLoadServer [port] [maxSeconds]
 * </pre>
 */
public final class GuardLoadServer {

    private static final String ISSUER = "https://issuer.bench";

    private GuardLoadServer() {
    }

    /**
     * Starts the server.
     *
     * @param args optionally the port (default 0: any free port) and the longest time to serve in
     *        seconds (default 1800)
     * @throws Exception if the key cannot be made or the server cannot start
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 1800;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();

        Handler item = (request, response) -> new LoadServer.Item(request.pathParam("id"), "item");
        RouteTable table = RouteTable.create("items", "/")
                .authorizer(AuthorizerDefinition.jwt("jwt").issuer(ISSUER).audiences("bench")
                        .publicKey(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())))
                .authorizer(AuthorizerDefinition.custom("key", request -> AuthorizerResult.allow("bench"))
                        .identitySources("$request.header.X-Api-Key").resultTtl("1h"))
                .add("GET /open/items/{id}", item)
                .add("GET /jwt/items/{id}", RouteOptions.defaults().authorizer("jwt"), item)
                .add("GET /custom/items/{id}", RouteOptions.defaults().authorizer("key"), item)
                .add("GET /limited/items/{id}", RouteOptions.defaults().rateLimit(RateLimitPolicy.of(1_000_000_000, "1s")), item);
        // Weld SE refuses to start without a bean class when discovery is off (as in LoadServer).
        Waymark runtime = Waymark.builder().host("127.0.0.1").port(port).beanClasses(List.of(LoadServer.ItemResource.class))
                .api(table).start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "guard-load-server-shutdown"));

        System.out.println("open " + runtime.uri() + "open/items/42 -");
        System.out.println("jwt " + runtime.uri() + "jwt/items/42 Authorization:Bearer_" + token(keys, maxSeconds));
        System.out.println("custom " + runtime.uri() + "custom/items/42 X-Api-Key:bench-key");
        System.out.println("limited " + runtime.uri() + "limited/items/42 -");
        System.out.println("ready");
        System.out.flush();
        if (!stopped.await(maxSeconds, TimeUnit.SECONDS)) {
            System.out.println("served for " + maxSeconds + " s; stopping");
            System.exit(0);
        }
    }

    /** A token valid for as long as the server serves. */
    private static String token(KeyPair keys, long seconds) throws Exception {
        long now = Instant.now().getEpochSecond();
        String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"bench\",\"sub\":\"bench\",\"iat\":" + now + ",\"exp\":" + (now + seconds + 60) + "}";
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String input = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + base64.encodeToString(signature.sign());
    }
}
