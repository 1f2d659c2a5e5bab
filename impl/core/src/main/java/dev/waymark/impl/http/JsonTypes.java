package dev.waymark.impl.http;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import jakarta.json.bind.annotation.JsonbVisibility;

import dev.waymark.impl.http.ContainerTargets.ArrayTarget;
import dev.waymark.impl.http.ContainerTargets.MapTarget;
import dev.waymark.impl.http.ContainerTargets.ObjectTarget;
import dev.waymark.impl.http.ContainerTargets.OptionalTarget;
import dev.waymark.impl.http.JsonScanner.Token;
import dev.waymark.impl.http.NumberTarget.Kind;
import dev.waymark.impl.http.ScalarTargets.BooleanTarget;
import dev.waymark.impl.http.ScalarTargets.CharTarget;
import dev.waymark.impl.http.ScalarTargets.EnumTarget;
import dev.waymark.impl.http.ScalarTargets.FormattedTarget;
import dev.waymark.impl.http.ScalarTargets.JsonValueTarget;

/** Which {@link JsonTarget} a Java type has; a class's is worked out once. */
final class JsonTypes {

    private static final ClassValue<JsonTarget> CLASSES = new ClassValue<>() {
        @Override
        protected JsonTarget computeValue(Class<?> type) {
            return forClass(type);
        }
    };

    private static final Map<Class<?>, JsonTarget> FIXED = Map.ofEntries(
            Map.entry(byte.class, new NumberTarget(Kind.BYTE, false)),
            Map.entry(Byte.class, new NumberTarget(Kind.BYTE, true)),
            Map.entry(short.class, new NumberTarget(Kind.SHORT, false)),
            Map.entry(Short.class, new NumberTarget(Kind.SHORT, true)),
            Map.entry(int.class, new NumberTarget(Kind.INT, false)),
            Map.entry(Integer.class, new NumberTarget(Kind.INT, true)),
            Map.entry(long.class, new NumberTarget(Kind.LONG, false)),
            Map.entry(Long.class, new NumberTarget(Kind.LONG, true)),
            Map.entry(float.class, new NumberTarget(Kind.FLOAT, false)),
            Map.entry(Float.class, new NumberTarget(Kind.FLOAT, true)),
            Map.entry(double.class, new NumberTarget(Kind.DOUBLE, false)),
            Map.entry(Double.class, new NumberTarget(Kind.DOUBLE, true)),
            Map.entry(BigInteger.class, new NumberTarget(Kind.BIG_INTEGER, true)),
            Map.entry(BigDecimal.class, new NumberTarget(Kind.BIG_DECIMAL, true)),
            Map.entry(Number.class, new NumberTarget(Kind.BIG_DECIMAL, true)),
            Map.entry(boolean.class, new BooleanTarget(false)),
            Map.entry(Boolean.class, new BooleanTarget(true)),
            Map.entry(char.class, new CharTarget(false)),
            Map.entry(Character.class, new CharTarget(true)),
            Map.entry(String.class, ScalarTargets.STRING),
            Map.entry(CharSequence.class, ScalarTargets.STRING),
            Map.entry(Object.class, ScalarTargets.UNTYPED),
            Map.entry(JsonValue.class, new JsonValueTarget(Set.of(Token.values()), "a JSON value")),
            Map.entry(JsonStructure.class, new JsonValueTarget(Set.of(Token.BEGIN_OBJECT, Token.BEGIN_ARRAY), "an object or an array")),
            Map.entry(JsonObject.class, new JsonValueTarget(Set.of(Token.BEGIN_OBJECT), "an object")),
            Map.entry(JsonArray.class, new JsonValueTarget(Set.of(Token.BEGIN_ARRAY), "an array")),
            Map.entry(JsonString.class, new JsonValueTarget(Set.of(Token.STRING), "a string")),
            Map.entry(JsonNumber.class, new JsonValueTarget(Set.of(Token.NUMBER), "a number")));

    private JsonTypes() {
    }

    static JsonTarget target(Type type) {
        if (type instanceof Class<?> raw) {
            return CLASSES.get(raw);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return forParameterized(raw, parameterized);
        }
        if (type instanceof GenericArrayType array) {
            return new ArrayTarget(array.getGenericComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            return target(wildcard.getUpperBounds()[0]);
        }
        return ScalarTargets.UNTYPED;
    }

    private static JsonTarget forClass(Class<?> type) {
        JsonTarget fixed = FIXED.get(type);
        if (fixed != null) {
            return fixed;
        }
        if (isCustomized(type)) {
            return ScalarTargets.ANY;
        }
        Optional<TextFormats.Format> format = TextFormats.format(type);
        if (format.isPresent()) {
            return new FormattedTarget(format.get().described(), text -> parses(format.get(), text));
        }
        if (type.isEnum()) {
            return EnumTarget.of(type);
        }
        if (type.isArray()) {
            return new ArrayTarget(type.getComponentType());
        }
        if (Map.class.isAssignableFrom(type)) {
            return new MapTarget(Object.class);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return new ArrayTarget(Object.class);
        }
        return object(type, type);
    }

    private static JsonTarget forParameterized(Class<?> raw, ParameterizedType type) {
        Type[] arguments = type.getActualTypeArguments();
        if (isCustomized(raw)) {
            return ScalarTargets.ANY;
        }
        if (raw == Optional.class) {
            return new OptionalTarget(arguments[0]);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return new MapTarget(isPlatform(raw) && arguments.length == 2 ? arguments[1] : Object.class);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return new ArrayTarget(isPlatform(raw) && arguments.length == 1 ? arguments[0] : Object.class);
        }
        return object(raw, type);
    }

    /** A record or a class of the application, read property by property; anything else is left to JSON-B. */
    private static JsonTarget object(Class<?> raw, Type type) {
        if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers()) || isPlatform(raw) || raw.isAnnotationPresent(JsonbVisibility.class)) {
            return ScalarTargets.ANY;
        }
        return JsonProperties.of(raw).<JsonTarget>map(properties -> new ObjectTarget(type, properties)).orElse(ScalarTargets.ANY);
    }

    /** A type JSON-B reads its own way, through an annotation on the type itself. */
    private static boolean isCustomized(Class<?> type) {
        return type.isAnnotationPresent(JsonbTypeAdapter.class) || type.isAnnotationPresent(JsonbTypeDeserializer.class)
                || type.isAnnotationPresent(JsonbTypeInfo.class);
    }

    private static boolean isPlatform(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.");
    }

    private static boolean parses(TextFormats.Format format, String text) {
        try {
            format.parse().apply(text);
            return true;
        } catch (DateTimeException | IllegalArgumentException e) {
            return false;
        }
    }
}
