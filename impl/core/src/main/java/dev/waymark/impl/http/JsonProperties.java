package dev.waymark.impl.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbDateFormat;
import jakarta.json.bind.annotation.JsonbNumberFormat;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * The properties JSON-B writes when it reads a record or a class with its default settings: a
 * record's components, a class's public fields and setters and its {@code @JsonbCreator}'s
 * parameters, by their JSON names ({@code @JsonbProperty}), without {@code @JsonbTransient} ones.
 * A property whose JSON an annotation changes (an adapter, a deserializer, a date or number
 * format) is typed {@code Object}, so that its value is left to JSON-B.
 */
final class JsonProperties {

    /** Annotations that change how a property's JSON reads. */
    private static final List<Class<? extends Annotation>> CUSTOMIZED = List.of(JsonbTypeAdapter.class, JsonbTypeDeserializer.class,
            JsonbDateFormat.class, JsonbNumberFormat.class);

    private JsonProperties() {
    }

    /**
     * The properties of a record or a class.
     *
     * @param type the record or class
     * @return each property's declared type by its JSON name; empty if JSON-B would not read the
     *         type property by property as far as Waymark can tell
     */
    static Optional<Map<String, Type>> of(Class<?> type) {
        if (type.isRecord()) {
            return Optional.of(ofRecord(type));
        }
        Executable creator = creator(type);
        if (creator == null && !hasNoArgumentConstructor(type) || creator != null && !namesKnown(creator)) {
            return Optional.empty();
        }
        Map<String, Type> properties = ofClass(type);
        if (creator != null) {
            for (Parameter parameter : creator.getParameters()) {
                properties.put(jsonName(parameter).orElse(parameter.getName()), typeOf(parameter.getParameterizedType(), parameter));
            }
        }
        return Optional.of(properties);
    }

    private static Map<String, Type> ofRecord(Class<?> type) {
        Map<String, Type> properties = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            AnnotatedElement[] declared = {field(type, component.getName()), component.getAccessor(), component};
            String name = Stream.of(declared).map(JsonProperties::jsonName).flatMap(Optional::stream).findFirst().orElse(component.getName());
            boolean customized = Stream.of(declared).anyMatch(JsonProperties::isCustomized);
            properties.put(name, customized ? Object.class : component.getGenericType());
        }
        return properties;
    }

    private static Map<String, Type> ofClass(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.putIfAbsent(field.getName(), field);
                }
            }
        }
        Map<String, Method> setters = new LinkedHashMap<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            if (name.length() > 3 && name.startsWith("set") && method.getParameterCount() == 1 && !Modifier.isStatic(method.getModifiers())
                    && !method.isBridge() && !method.isSynthetic()) {
                setters.put(decapitalize(name.substring(3)), method);
            }
        }
        Map<String, Type> properties = new HashMap<>();
        for (Field field : fields.values()) {
            int modifiers = field.getModifiers();
            if (!setters.containsKey(field.getName()) && Modifier.isPublic(modifiers) && !Modifier.isFinal(modifiers)
                    && !Modifier.isTransient(modifiers) && !field.isAnnotationPresent(JsonbTransient.class)) {
                String name = jsonName(field).orElse(field.getName());
                properties.put(name, typeOf(field.getGenericType(), field));
            }
        }
        for (Map.Entry<String, Method> setter : setters.entrySet()) {
            Method method = setter.getValue();
            Field field = fields.get(setter.getKey());
            if (method.isAnnotationPresent(JsonbTransient.class) || field != null
                    && (field.isAnnotationPresent(JsonbTransient.class) || Modifier.isTransient(field.getModifiers()))) {
                continue;
            }
            String name = jsonName(method).or(() -> field == null ? Optional.empty() : jsonName(field)).orElse(setter.getKey());
            boolean customized = isCustomized(method) || field != null && isCustomized(field);
            properties.put(name, customized ? Object.class : method.getGenericParameterTypes()[0]);
        }
        return properties;
    }

    private static Type typeOf(Type declared, AnnotatedElement element) {
        return isCustomized(element) ? Object.class : declared;
    }

    private static boolean isCustomized(AnnotatedElement element) {
        return element != null && CUSTOMIZED.stream().anyMatch(element::isAnnotationPresent);
    }

    private static Optional<String> jsonName(AnnotatedElement element) {
        JsonbProperty property = element == null ? null : element.getAnnotation(JsonbProperty.class);
        return property == null || property.value().isEmpty() ? Optional.empty() : Optional.of(property.value());
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Executable creator(Class<?> type) {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(JsonbCreator.class)) {
                return constructor;
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.isAnnotationPresent(JsonbCreator.class)) {
                return method;
            }
        }
        return null;
    }

    private static boolean namesKnown(Executable creator) {
        return Stream.of(creator.getParameters()).allMatch(parameter -> parameter.isNamePresent() || jsonName(parameter).isPresent());
    }

    private static boolean hasNoArgumentConstructor(Class<?> type) {
        return Stream.of(type.getDeclaredConstructors())
                .anyMatch(constructor -> constructor.getParameterCount() == 0 && !Modifier.isPrivate(constructor.getModifiers()));
    }

    /** A property's name from its setter's, as JavaBeans has it: {@code setName} is {@code name}, {@code setURL} is {@code URL}. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
