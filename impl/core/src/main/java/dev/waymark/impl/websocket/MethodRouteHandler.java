package dev.waymark.impl.websocket;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.waymark.ApiDeploymentException;
import dev.waymark.auth.Identity;
import dev.waymark.websocket.WebSocketEvent;

/** A {@code @WebSocketRoute} method and how to supply each of its parameters [WS-1-1, WS-1-2]. */
final class MethodRouteHandler implements RouteHandler {

    @FunctionalInterface
    private interface Binder {
        Object value(Message message, WebSocketEvent event);
    }

    private final Supplier<Object> target;
    private final Method method;
    private final List<Binder> binders;

    private MethodRouteHandler(Supplier<Object> target, Method method, List<Binder> binders) {
        this.target = target;
        this.method = method;
        this.binders = binders;
    }

    static MethodRouteHandler of(Supplier<Object> target, Method method, String where) {        List<Binder> binders = new ArrayList<>();
        boolean message = false;
        for (Parameter parameter : method.getParameters()) {
            Class<?> type = parameter.getType();
            String describe = "parameter '" + parameter.getName() + "' of " + where;
            if (type == WebSocketEvent.class) {
                binders.add((m, event) -> event);
                continue;
            }
            if (type == Identity.class) {
                binders.add((m, event) -> event.identity().orElse(null));
                continue;
            }
            if (type.getName().startsWith("jakarta.websocket.") || type.getName().startsWith("jakarta.servlet.")) {
                throw new ApiDeploymentException("Cannot supply " + describe + ": " + type.getName() + " is a type of the container; "
                        + "take a WebSocketEvent, and send with Connections");
            }
            if (message) {
                throw new ApiDeploymentException("Cannot supply " + describe + ": a WebSocket handler takes at most one message "
                        + "parameter; the others may be a WebSocketEvent or an Identity");
            }
            message = true;
            Type bound = parameter.getParameterizedType();
            if (type == String.class) {
                binders.add((m, event) -> m.text());
            } else if (type == byte[].class) {
                binders.add((m, event) -> m.bytes());
            } else if (type == dev.waymark.websocket.WebSocketMessage.class) {
                binders.add((m, event) -> m);
            } else {
                binders.add((m, event) -> m.bind(bound));
            }
        }
        if (Modifier.isPrivate(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
            throw new ApiDeploymentException(where + " is a WebSocket handler and must be neither private nor static");
        }
        method.setAccessible(true);
        return new MethodRouteHandler(target, method, List.copyOf(binders));
    }

    @Override
    public Object invoke(Message message, WebSocketEvent event) throws Exception {
        Object[] arguments = new Object[binders.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = binders.get(i).value(message, event);
        }
        try {
            return method.invoke(target.get(), arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    }
}
