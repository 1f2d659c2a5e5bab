package dev.waymark.impl.handler;

import java.lang.reflect.InvocationTargetException;

import dev.waymark.ApiDeploymentException;

/** New instances of classes an API names, for where no CDI bean supplies them. */
public final class Instances {

    private Instances() {
    }

    /**
     * Makes an instance with the public no-argument constructor.
     *
     * @param type the class
     * @return the instance
     * @throws ApiDeploymentException if the class has no such constructor or it fails
     */
    public static Object create(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw new ApiDeploymentException(type.getName() + " is neither a CDI bean nor a class with a public no-argument "
                    + "constructor; make it a bean (@ApplicationScoped, say) or give it that constructor");
        } catch (InvocationTargetException e) {
            throw new ApiDeploymentException("The constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        }
    }
}
