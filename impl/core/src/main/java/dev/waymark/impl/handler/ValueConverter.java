package dev.waymark.impl.handler;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.http.TextFormats;

/**
 * Converts one parameter string to a Java type, following the JAX-RS rules: primitives and their
 * boxes, {@code String}, enums, and any type with a static {@code valueOf(String)},
 * {@code fromString(String)} or {@code parse(CharSequence)}, or a constructor taking a String.
 * A value that does not convert throws an {@link IllegalArgumentException} whose message, if it
 * has one, tells the client what was expected, such as {@code expected an integer between 0 and
 * 255}; never a Java type or another exception's message.
 */
final class ValueConverter {

    /**
     * How a primitive type is read.
     *
     * @param parse reads a string, throwing an {@link IllegalArgumentException} if it cannot
     * @param expected what it takes, in the API's words
     */
    private record Primitive(Function<String, Object> parse, String expected) {
    }

    private static final Map<Class<?>, Primitive> PRIMITIVES = Map.of(
            int.class, new Primitive(Integer::valueOf, "an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE),
            long.class, new Primitive(Long::valueOf, "an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE),
            short.class, new Primitive(Short::valueOf, "an integer between " + Short.MIN_VALUE + " and " + Short.MAX_VALUE),
            byte.class, new Primitive(Byte::valueOf, "an integer between " + Byte.MIN_VALUE + " and " + Byte.MAX_VALUE),
            double.class, new Primitive(Double::valueOf, "a number"),
            float.class, new Primitive(Float::valueOf, "a number"),
            boolean.class, new Primitive(ValueConverter::parseBoolean, "true or false"),
            char.class, new Primitive(ValueConverter::parseChar, "one character"));

    private static final Map<Class<?>, String> NUMBERS = Map.of(BigInteger.class, "an integer", BigDecimal.class, "a number");

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
        Class<?> primitive = type.isPrimitive() ? type : unbox(type);
        if (primitive != null) {
            Primitive reading = PRIMITIVES.get(primitive);
            return value -> primitive(reading, value);
        }
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
            return value -> enumValue(type, value, names);
        }
        String expected = TextFormats.described(type).orElse(NUMBERS.get(type));
        for (String name : new String[] {"valueOf", "fromString"}) {
            Method factory = staticFactory(type, name, String.class);
            if (factory != null) {
                return value -> call(factory, value, expected);
            }
        }
        Method parse = staticFactory(type, "parse", CharSequence.class);
        if (parse != null) {
            return value -> call(parse, value, expected);
        }
        try {
            Constructor<?> constructor = type.getConstructor(String.class);
            return value -> construct(constructor, value, expected);
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

    private static Object primitive(Primitive reading, String value) {
        try {
            return reading.parse().apply(value);
        } catch (IllegalArgumentException e) {
            throw invalid(reading.expected(), e);
        }
    }

    private static Object parseBoolean(String value) {
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException();
    }

    private static Object parseChar(String value) {
        if (value.length() != 1) {
            throw new IllegalArgumentException();
        }
        return value.charAt(0);
    }

    private static Object enumValue(Class<?> type, String value, String names) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("expected one of " + names);
    }

    /** A value that does not convert: the message says what was expected, if known; the cause is the converter's own failure. */
    private static IllegalArgumentException invalid(String expected, Throwable cause) {
        return new IllegalArgumentException(expected == null ? null : "expected " + expected, cause);
    }

    private static Method staticFactory(Class<?> type, String name, Class<?> parameter) {
        try {
            Method method = type.getMethod(name, parameter);
            return Modifier.isStatic(method.getModifiers()) && type.isAssignableFrom(method.getReturnType()) ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object call(Method factory, String value, String expected) {
        try {
            return factory.invoke(null, value);
        } catch (InvocationTargetException e) {
            throw invalid(expected, e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object construct(Constructor<?> constructor, String value, String expected) {
        try {
            return constructor.newInstance(value);
        } catch (InvocationTargetException e) {
            throw invalid(expected, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
