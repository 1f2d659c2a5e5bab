package dev.waymark.impl.handler;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.function.Function;

import dev.waymark.ApiDeploymentException;

/**
 * Converts one parameter string to a Java type, following the JAX-RS rules: primitives and their
 * boxes, {@code String}, enums, and any type with a static {@code valueOf(String)},
 * {@code fromString(String)} or {@code parse(CharSequence)}, or a constructor taking a String.
 */
final class ValueConverter {

    private static final Map<Class<?>, Function<String, Object>> PRIMITIVES = Map.of(
            int.class, Integer::valueOf,
            long.class, Long::valueOf,
            short.class, Short::valueOf,
            byte.class, Byte::valueOf,
            double.class, Double::valueOf,
            float.class, Float::valueOf,
            boolean.class, ValueConverter::parseBoolean,
            char.class, ValueConverter::parseChar);

    private ValueConverter() {
    }

    /**
     * A converter for a type.
     *
     * @param type the target type
     * @param where the parameter described for error messages
     * @return the converter; it throws {@link IllegalArgumentException} for a value that does not convert
     * @throws ApiDeploymentException if the type cannot be converted from a string
     */
    static Function<String, Object> forType(Class<?> type, String where) {
        if (type == String.class || type == Object.class || type == CharSequence.class) {
            return value -> value;
        }
        if (type.isPrimitive()) {
            return PRIMITIVES.get(type);
        }
        Class<?> primitive = unbox(type);
        if (primitive != null) {
            return PRIMITIVES.get(primitive);
        }
        if (type.isEnum()) {
            return value -> enumValue(type, value);
        }
        for (String name : new String[] {"valueOf", "fromString"}) {
            Method factory = staticFactory(type, name, String.class);
            if (factory != null) {
                return value -> call(factory, value);
            }
        }
        Method parse = staticFactory(type, "parse", CharSequence.class);
        if (parse != null) {
            return value -> call(parse, value);
        }
        try {
            Constructor<?> constructor = type.getConstructor(String.class);
            return value -> construct(constructor, value);
        } catch (NoSuchMethodException e) {
            throw new ApiDeploymentException("Cannot convert a string to " + type.getName() + " for " + where
                    + ": the type needs a static valueOf(String), fromString(String) or parse(CharSequence), "
                    + "or a public constructor taking a String");
        }
    }

    private static Class<?> unbox(Class<?> type) {
        for (Class<?> primitive : PRIMITIVES.keySet()) {
            if (java.lang.invoke.MethodType.methodType(primitive).wrap().returnType() == type) {
                return primitive;
            }
        }
        return null;
    }

    private static Object parseBoolean(String value) {
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("expected true or false");
    }

    private static Object parseChar(String value) {
        if (value.length() != 1) {
            throw new IllegalArgumentException("expected one character");
        }
        return value.charAt(0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String value) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum) constant).name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static Method staticFactory(Class<?> type, String name, Class<?> parameter) {
        try {
            Method method = type.getMethod(name, parameter);
            return Modifier.isStatic(method.getModifiers()) && type.isAssignableFrom(method.getReturnType()) ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object call(Method factory, String value) {
        try {
            return factory.invoke(null, value);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object construct(Constructor<?> constructor, String value) {
        try {
            return constructor.newInstance(value);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
