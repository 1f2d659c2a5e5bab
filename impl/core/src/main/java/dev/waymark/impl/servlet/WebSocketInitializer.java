package dev.waymark.impl.servlet;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

import dev.waymark.impl.cdi.WaymarkExtension;
import dev.waymark.impl.websocket.Connect;
import dev.waymark.impl.websocket.HandshakeHooks;
import dev.waymark.impl.websocket.MessageSender;
import dev.waymark.impl.websocket.PendingHandshake;
import dev.waymark.impl.websocket.WebSocketApiClass;
import dev.waymark.impl.websocket.WebSocketRuntime;

/**
 * Serves the WebSocket APIs of a web application on its server's WebSocket container [WS-1-1]:
 * registers their endpoints with the {@link ServerContainer}, and a filter in front of the upgrade
 * that runs {@code $connect} with the servlet request, so that a refusal is an ordinary HTTP answer
 * with its status and the client address is the servlet's [WS-3-1].
 */
public final class WebSocketInitializer implements ServletContainerInitializer {

    private static final System.Logger LOG = System.getLogger("dev.waymark.websocket");

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        WaymarkExtension extension;
        try {
            extension = CDI.current().getBeanManager().getExtension(WaymarkExtension.class);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return;
        }
        if (extension.webSocketApis().isEmpty()) {
            return;
        }
        WebSocketRuntime runtime = extension.startWebSockets(new ServletHooks(), MessageSender.STANDARD);
        FilterRegistration.Dynamic filter = context.addFilter("waymark-websocket-connect", new ConnectFilter(runtime));
        if (filter != null) {
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false,
                    runtime.apis().stream().map(WebSocketApiClass::path).toArray(String[]::new));
        }
        context.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                ServerContainer container = (ServerContainer) event.getServletContext().getAttribute(ServerContainer.class.getName());
                if (container == null) {
                    LOG.log(Level.ERROR, "This server has no WebSocket container; the WebSocket APIs are not served");
                    return;
                }
                for (ServerEndpointConfig endpoint : runtime.endpointConfigs()) {
                    try {
                        container.addEndpoint(endpoint);
                    } catch (DeploymentException e) {
                        throw new IllegalStateException("Cannot deploy the WebSocket endpoint " + endpoint.getPath() + ": " + e.getMessage(), e);
                    }
                }
            }

            @Override
            public void contextDestroyed(ServletContextEvent event) {
                runtime.closeAll();
                runtime.close();
            }
        });
    }

    /** Runs {@code $connect} for upgrade requests, before the container's WebSocket handling. */
    static final class ConnectFilter implements Filter {

        private final WebSocketRuntime runtime;

        ConnectFilter(WebSocketRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            if (!(request instanceof HttpServletRequest http) || !"websocket".equalsIgnoreCase(http.getHeader("Upgrade"))) {
                chain.doFilter(request, response);
                return;
            }
            String path = http.getRequestURI().substring(http.getContextPath().length());
            WebSocketApiClass api = runtime.apis().stream().filter(candidate -> candidate.path().equals(path)).findFirst().orElse(null);
            if (api == null) {
                chain.doFilter(request, response);
                return;
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : Collections.list(http.getHeaderNames())) {
                headers.put(name.toLowerCase(Locale.ROOT), Collections.list(http.getHeaders(name)));
            }
            Connect.Outcome outcome = Connect.run(api, runtime, http.getRequestURI(), headers, http.getQueryString(), http.getRemoteAddr());
            if (outcome.refused()) {
                HttpServletResponse answer = (HttpServletResponse) response;
                answer.setStatus(outcome.status());
                answer.setHeader("Connection", "close");
                answer.setContentLength(0);
                return;
            }
            try {
                PendingHandshake.during(outcome, api, () -> chain.doFilter(request, response));
            } catch (IOException | ServletException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ServletException(e);
            }
        }
    }

    /** The handshakes the filter did not see: run in the configurator, without a client address or a way to refuse. */
    static final class ServletHooks implements HandshakeHooks {

        @Override
        public String sourceIp(HandshakeRequest request) {
            return "-";
        }

        @Override
        public RuntimeException refuse(HandshakeResponse response, int status, String reason) {
            return new IllegalStateException("The WebSocket handshake is refused (" + status + "): " + reason);
        }
    }
}
