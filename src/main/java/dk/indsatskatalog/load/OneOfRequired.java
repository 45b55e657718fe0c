package dk.indsatskatalog.load;

import dk.indsatskatalog.problem.ProblemCode;
import dk.indsatskatalog.schema.ContentSchemas;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a document record where at least one of {@code fields} (lists) must have an item, e.g. an
 * entry names a place or says in a knowledge gap that none is known. Checked by {@link ShapeCheck}
 * at the first field's position with {@code code}; {@link ContentSchemas} writes the same rule as
 * {@code if}/{@code else}, so a schema validator reports it on the first field too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OneOfRequired {
    String[] fields();

    ProblemCode code();
}
