package dev.waymark.impl.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.log.AccessLogWriter;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.GoneException;
import dev.waymark.websocket.WebSocketOptions;

/**
 * Broadcasts and sends through real {@link ConnectionEndpoint}s, on sessions of a fake container
 * that completes every write later on a thread of its own and refuses a write to a session while
 * another is under way (as Tomcat's {@code RemoteEndpoint.Async} does). Each test runs with the
 * portable {@link MessageSender#STANDARD} (blocking writes) and with a sender like Tyrus's raw
 * frames (one prepared message, writes that complete after they are started).
 */
class BroadcastTest {

    /** The senders under test. */
    enum Sender {
        /** The portable sender. */
        STANDARD,
        /** Writes started through {@code RemoteEndpoint.Async}, the message prepared once. */
        STARTED
    }

    /** Completes the fake container's writes, one at a time, in the order they were started. */
    private final ExecutorService container = Executors.newSingleThreadExecutor();
    private final List<AutoCloseable> open = new ArrayList<>();
    private final AtomicInteger prepared = new AtomicInteger();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
        container.shutdownNow();
    }

    /** A sender whose writes complete after {@link Prepared#writeTo} returns, like Tyrus's raw frames. */
    private MessageSender started() {
        return frame -> {
            prepared.incrementAndGet();
            return session -> frame instanceof String text ? session.getAsyncRemote().sendText(text)
                    : session.getAsyncRemote().sendBinary(ByteBuffer.wrap((byte[]) frame));
        };
    }

    private MessageSender sender(Sender sender) {
        return sender == Sender.STANDARD ? MessageSender.STANDARD : started();
    }

    /** One session of the fake container. */
    private final class FakeSession implements InvocationHandler {

        final int number;
        final AtomicInteger overlaps = new AtomicInteger();
        final Map<String, Object> properties = new ConcurrentHashMap<>();
        private final List<Object> received = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean writing = new AtomicBoolean();
        volatile boolean isOpen = true;
        volatile boolean failWrites;
        volatile Runnable beforeWrite = () -> { };
        final Session session = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class}, this);
        private final RemoteEndpoint.Async async = (RemoteEndpoint.Async) Proxy.newProxyInstance(Session.class.getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "sendText" -> write(args[0]);
                    case "sendBinary" -> write(bytes((ByteBuffer) args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        private final RemoteEndpoint.Basic basic = (RemoteEndpoint.Basic) Proxy.newProxyInstance(Session.class.getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Basic.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "sendText" -> waitFor(write(args[0]));
                    case "sendBinary" -> waitFor(write(bytes((ByteBuffer) args[0])));
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        FakeSession(int number) {
            this.number = number;
        }

        private static byte[] bytes(ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }

        private static Object waitFor(Future<Void> write) throws IOException, InterruptedException {
            try {
                return write.get();
            } catch (ExecutionException e) {
                throw (IOException) e.getCause();
            }
        }

        private Future<Void> write(Object message) {
            if (!isOpen) {
                throw new IllegalStateException("closed");
            }
            if (!writing.compareAndSet(false, true)) {
                overlaps.incrementAndGet();
                throw new IllegalStateException("a write is under way");
            }
            beforeWrite.run();
            CompletableFuture<Void> done = new CompletableFuture<>();
            container.execute(() -> {
                boolean fail = failWrites;
                if (!fail) {
                    received.add(message);
                }
                writing.set(false);
                if (fail) {
                    done.completeExceptionally(new IOException("broken pipe"));
                } else {
                    done.complete(null);
                }
            });
            return done;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            return switch (method.getName()) {
                case "isOpen" -> isOpen;
                case "getUserProperties" -> properties;
                case "getAsyncRemote" -> async;
                case "getBasicRemote" -> basic;
                case "getNegotiatedExtensions" -> List.of();
                case "getId" -> "s" + number;
                case "setMaxTextMessageBufferSize", "setMaxBinaryMessageBufferSize", "addMessageHandler", "close" -> null;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "session " + number;
                default -> throw new UnsupportedOperationException(method.getName());
            };
        }

        List<Object> received() {
            synchronized (received) {
                return List.copyOf(received);
            }
        }
    }

    private WebSocketRuntime runtime(MessageSender sender) {
        WebSocketApiClass api = WebSocketApiClass.of("chat", "/chat", WebSocketOptions.defaults(), Map.of(), ApiAuthorizers.of("chat"));
        AccessLogWriter accessLog = AccessLogWriter.from();
        WebSocketRuntime runtime = new WebSocketRuntime(List.of(api), new InMemoryConnectionRegistry(), new HandshakeHooks() {
            @Override
            public String sourceIp(HandshakeRequest request) {
                return "-";
            }

            @Override
            public RuntimeException refuse(HandshakeResponse response, int status, String reason) {
                return new IllegalStateException(reason);
            }
        }, sender, accessLog, JsonLimits.DEFAULTS);
        open.add(accessLog);
        open.add(runtime);
        return runtime;
    }

    /** Opens a connection, accepted (with its handshake; its address tells even from odd) or not. */
    private FakeSession connect(WebSocketRuntime runtime, int number, boolean accepted) {
        FakeSession fake = new FakeSession(number);
        if (accepted) {
            fake.properties.put(Handshake.PROPERTY, new Handshake("c" + number, Map.of(), Map.of(), number % 2 == 0 ? "even" : "odd", null,
                    Instant.now()));
        }
        new ConnectionEndpoint(runtime.apis().get(0), runtime).onOpen(fake.session, new EndpointConfig() {
            @Override
            public List<Class<? extends jakarta.websocket.Encoder>> getEncoders() {
                return List.of();
            }

            @Override
            public List<Class<? extends jakarta.websocket.Decoder>> getDecoders() {
                return List.of();
            }

            @Override
            public Map<String, Object> getUserProperties() {
                return Map.of();
            }
        });
        return fake;
    }

    private List<FakeSession> connect(WebSocketRuntime runtime, int count) {
        List<FakeSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(connect(runtime, i, true));
        }
        return sessions;
    }

    /**
     * Only accepted connections, only those the filter takes, each once; a connection closed
     * before its write or whose write fails is not counted [WS-4-1].
     */
    @ParameterizedTest
    @EnumSource(Sender.class)
    void aBroadcastReachesEveryAcceptedConnectionTheFilterTakesOnce(Sender sender) {
        WebSocketRuntime runtime = runtime(sender(sender));
        List<FakeSession> sessions = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            sessions.add(connect(runtime, i, i % 50 != 3));
        }
        for (FakeSession session : sessions) {
            session.isOpen = session.number % 10 != 0;
            session.failWrites = session.number % 10 == 4;
        }

        int sent = runtime.connections().broadcast(Map.of("n", 1), connection -> connection.sourceIp().equals("even"));

        int expected = 0;
        for (FakeSession session : sessions) {
            boolean delivered = session.number % 50 != 3 && session.number % 2 == 0 && session.isOpen && !session.failWrites;
            expected += delivered ? 1 : 0;
            assertEquals(delivered ? List.of("{\"n\":1}") : List.of(), session.received(), "session " + session.number);
            assertEquals(0, session.overlaps.get());
        }
        assertEquals(expected, sent);
        assertEquals(1_000 - 20, runtime.connections().list().size(), "connections without a $connect are not registered");
    }

    @ParameterizedTest
    @EnumSource(Sender.class)
    void binaryAndJsonMessagesGoTheirWay(Sender sender) {
        WebSocketRuntime runtime = runtime(sender(sender));
        List<FakeSession> sessions = connect(runtime, 600);

        assertEquals(600, runtime.connections().broadcast(new byte[] {1, 2, 3}, connection -> true));
        assertEquals(600, runtime.connections().broadcast(List.of("a", 1), connection -> true));

        for (FakeSession session : sessions) {
            List<Object> received = session.received();
            assertEquals(2, received.size());
            assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) received.get(0));
            assertEquals("[\"a\",1]", received.get(1));
        }
    }

    /** A send returns once its message is written; a failed write and a closed connection are gone [WS-4-2]. */
    @ParameterizedTest
    @EnumSource(Sender.class)
    void aSendWaitsForItsWriteAndAFailedWriteIsGone(Sender sender) {
        WebSocketRuntime runtime = runtime(sender(sender));
        FakeSession session = connect(runtime, 1, true);
        Connections connections = runtime.connections();

        connections.send("c1", "hello");
        assertEquals(List.of("hello"), session.received());

        session.failWrites = true;
        assertEquals("c1", assertThrows(GoneException.class, () -> connections.send("c1", "lost")).connectionId());
        session.isOpen = false;
        assertEquals("c1", assertThrows(GoneException.class, () -> connections.send("c1", "closed")).connectionId());
        assertThrows(GoneException.class, () -> connections.send("c2", "never open"));
        assertEquals(0, runtime.connections().broadcast("closed", connection -> true));
    }

    /**
     * Sends to some connections and broadcasts to all, from several threads at once: no write to a
     * connection starts while another is under way, each message arrives once, and the messages of
     * each sender arrive in the order it sent them.
     */
    @ParameterizedTest
    @EnumSource(Sender.class)
    void concurrentSendsAndBroadcastsNeitherOverlapNorReorder(Sender sender) throws Exception {
        WebSocketRuntime runtime = runtime(sender(sender));
        List<FakeSession> sessions = connect(runtime, 600);
        Connections connections = runtime.connections();
        int rounds = 30;
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(senders.submit(() -> {
                for (int k = 0; k < rounds; k++) {
                    assertEquals(600, connections.broadcast("b" + k, connection -> true));
                }
            }));
            for (int thread = 0; thread < 2; thread++) {
                String prefix = "s" + thread + "-";
                work.add(senders.submit(() -> {
                    for (int k = 0; k < rounds; k++) {
                        for (int c = 0; c < 600; c += 7) {
                            connections.send("c" + c, prefix + k);
                        }
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }

        for (FakeSession session : sessions) {
            List<Object> received = session.received();
            assertEquals(0, session.overlaps.get(), "overlapping writes to " + session.number);
            assertInOrder(received, "b", rounds, session.number);
            if (session.number % 7 == 0) {
                assertInOrder(received, "s0-", rounds, session.number);
                assertInOrder(received, "s1-", rounds, session.number);
                assertEquals(3 * rounds, received.size());
            } else {
                assertEquals(rounds, received.size());
            }
        }
    }

    private static void assertInOrder(List<Object> received, String prefix, int rounds, int session) {
        List<Object> mine = received.stream().filter(message -> ((String) message).startsWith(prefix)).toList();
        List<Object> expected = new ArrayList<>();
        for (int k = 0; k < rounds; k++) {
            expected.add(prefix + k);
        }
        assertEquals(expected, mine, "session " + session);
    }

    /**
     * With writes that complete after they are started, a slice starts the writes of all its
     * connections before it waits for any: here no write completes until every connection's write
     * has started. The message is prepared once for the whole broadcast.
     */
    @Test
    void aSliceStartsEveryWriteBeforeItWaits() {
        WebSocketRuntime runtime = runtime(started());
        int count = 600;
        CountDownLatch started = new CountDownLatch(count);
        container.execute(() -> {
            try {
                started.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<FakeSession> sessions = connect(runtime, count);
        sessions.forEach(session -> session.beforeWrite = started::countDown);

        int sent = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> runtime.connections().broadcast("all", connection -> true));

        assertEquals(count, sent);
        assertEquals(1, prepared.get());
        sessions.forEach(session -> assertEquals(List.of("all"), session.received()));
    }

    @Test
    void theStandardSenderWritesThroughTheBlockingRemote() throws Exception {
        FakeSession session = new FakeSession(1);
        Future<?> text = MessageSender.STANDARD.prepare("text").writeTo(session.session);
        assertTrue(text.isDone());
        MessageSender.STANDARD.prepare(new byte[] {7}).writeTo(session.session);

        List<Object> received = session.received();
        assertEquals("text", received.get(0));
        assertArrayEquals(new byte[] {7}, (byte[]) received.get(1));
        session.failWrites = true;
        assertThrows(IOException.class, () -> MessageSender.STANDARD.prepare("lost").writeTo(session.session));
    }
}
