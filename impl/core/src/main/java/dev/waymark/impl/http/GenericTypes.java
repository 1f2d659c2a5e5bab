package dev.waymark.impl.http;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;

/** Puts the type arguments of a generic type into the types of its members: {@code T items} of {@code Page<Item>} is {@code Item items}. */
final class GenericTypes {

    private GenericTypes() {
    }

    /**
     * The type of a member with the owner's type arguments put in; a type variable that cannot
     * be resolved becomes {@code Object}.
     *
     * @param member the member's declared type
     * @param owner the type the member belongs to
     * @return the resolved type
     */
    static Type resolve(Type member, Type owner) {
        if (member instanceof Class<?>) {
            return member;
        }
        if (member instanceof TypeVariable<?> variable) {
            return argumentFor(variable, owner);
        }
        if (member instanceof WildcardType wildcard) {
            return resolve(wildcard.getUpperBounds()[0], owner);
        }
        if (member instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = resolve(arguments[i], owner);
            }
            return Arrays.equals(arguments, parameterized.getActualTypeArguments()) ? parameterized
                    : new Parameterized((Class<?>) parameterized.getRawType(), arguments, parameterized.getOwnerType());
        }
        if (member instanceof GenericArrayType array && resolve(array.getGenericComponentType(), owner) instanceof Class<?> component) {
            return component.arrayType();
        }
        return Object.class;
    }

    private static Type argumentFor(TypeVariable<?> variable, Type owner) {
        if (owner instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            TypeVariable<?>[] declared = raw.getTypeParameters();
            for (int i = 0; i < declared.length; i++) {
                if (declared[i].equals(variable)) {
                    return parameterized.getActualTypeArguments()[i];
                }
            }
        }
        return Object.class;
    }

    /** A parameterized type made here, with resolved arguments. */
    private record Parameterized(Class<?> raw, Type[] arguments, Type owner) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return owner;
        }
    }
}
