package dev.waymark.impl.validation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * Finds Bean Validation declarations by name, without loading Bean Validation: {@code @Valid} or
 * an annotation meta-annotated {@code @Constraint} on a parameter.
 */
final class Constraints {

    private static final String VALID = "jakarta.validation.Valid";
    private static final String CONSTRAINT = "jakarta.validation.Constraint";

    private Constraints() {
    }

    static boolean declaredOn(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (isConstraint(annotation.annotationType())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isConstraint(Class<? extends Annotation> type) {
        if (type.getName().equals(VALID)) {
            return true;
        }
        for (Annotation meta : type.getAnnotations()) {
            if (meta.annotationType().getName().equals(CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }
}
