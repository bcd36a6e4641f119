package steward.web;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/**
 * How a Bean Validation violation names its field, as the client wrote it; the one naming for the API's own
 * {@code @Valid} refusals ({@link ErrorMappers}) and for {@link InputRules}.
 */
public final class Validation {

    private Validation() {
    }

    /**
     * The field a violation is about, as the client wrote it: its path in the body ({@code hours[2].closes},
     * {@code newOwner.preferredLanguage}), the parameter's own name for a query, path or form parameter
     * ({@code withinHours}), or {@code body} for the body as a whole. Page forms show it at its last name
     * ({@link FormState}).
     */
    public static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                field.setLength(0);
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                field.setLength(0);
                if (method != null && isRequestParameter(violation.getRootBeanClass(), method,
                        node.as(Path.ParameterNode.class).getParameterIndex())) {
                    field.append(node.getName());
                }
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            // An element of a list is named by its index alone (phones[2], not phones[2].<list element>).
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static final Set<String> REQUEST_PARAMETERS = Set.of("QueryParam", "PathParam", "FormParam",
            "HeaderParam", "RestQuery", "RestPath", "RestForm", "RestHeader");

    /**
     * Whether a resource method's parameter comes from the query, path, form or a header (not the body); the
     * annotations are on the resource's own class, not on the subclass CDI generates for its interceptors.
     */
    private static boolean isRequestParameter(Class<?> resource, Path.MethodNode method, int index) {
        Class<?>[] types = method.getParameterTypes().toArray(Class[]::new);
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                var declared = type.getDeclaredMethod(method.getName(), types);
                if (java.util.Arrays.stream(declared.getParameters()[index].getAnnotations())
                        .anyMatch(a -> REQUEST_PARAMETERS.contains(a.annotationType().getSimpleName()))) {
                    return true;
                }
            } catch (NoSuchMethodException notHere) {
                // Declared further up.
            }
        }
        return false;
    }
}
