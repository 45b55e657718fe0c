package dk.indsatskatalog.load;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a document field an editor must write; checked by {@link ShapeCheck} with the field's
 * position. {@code nullAllowed}: the key must be present but may say {@code null} (e.g. a year the
 * source does not state), so an omission is a decision, not an oversight.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Required {
    boolean nullAllowed() default false;
}
