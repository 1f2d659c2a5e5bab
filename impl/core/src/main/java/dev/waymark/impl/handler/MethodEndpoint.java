package dev.waymark.impl.handler;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import dev.waymark.ApiResponse;
import dev.waymark.impl.http.DefaultApiRequest;
import dev.waymark.impl.http.DefaultApiResponse;
import dev.waymark.impl.validation.ParameterValidator;

/**
 * A handler method of an API class, with a binder for each of its parameters and, when it declares
 * constraints, a validator of their values.
 */
final class MethodEndpoint implements Endpoint {

    private final Supplier<Object> target;
    private final Method method;
    private final ParameterBinder[] binders;
    private final ParameterValidator validator;
    private final String description;

    MethodEndpoint(Supplier<Object> target, Method method, List<ParameterBinder> binders, ParameterValidator validator) {
        this.target = target;
        this.method = method;
        this.binders = binders.toArray(ParameterBinder[]::new);
        this.validator = validator;
        this.description = method.getDeclaringClass().getSimpleName() + "#" + method.getName();
        method.setAccessible(true);
    }

    @Override
    public Object invoke(DefaultApiRequest request, DefaultApiResponse response) throws Exception {
        Object[] arguments = new Object[binders.length];
        for (int i = 0; i < binders.length; i++) {
            arguments[i] = binders[i].bind(request, response);
        }
        Object instance = target.get();
        if (validator != null) {
            validator.validate(instance, arguments);
        }
        try {
            return method.invoke(instance, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }

    @Override
    public boolean takesResponse() {
        return Arrays.asList(method.getParameterTypes()).contains(ApiResponse.class);
    }

    @Override
    public String description() {
        return description;
    }
}
