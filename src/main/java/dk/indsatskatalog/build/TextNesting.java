package dk.indsatskatalog.build;

import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import dk.indsatskatalog.render.Markdown;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Every text in every entry, judged by the build's own Markdown parser: a text nested deeper than
 * the renderer can walk is a problem at its field, so {@code validate} fails where the build
 * would have. All text fields are checked, not only those rendered as Markdown today, so a field
 * that becomes Markdown later is already covered; no real text comes near the limit.
 */
final class TextNesting {
    private TextNesting() {}

    static List<Problem> problems(LoadResult loaded) {
        // Files are independent and their text is scanned once (~150 MB at 10,000 entries), so in parallel, joined in file order.
        return loaded.entries().parallelStream().filter(f -> f.document() != null).flatMap(file -> {
            List<Problem> own = new ArrayList<>();
            walk(file.document(), "", file.positions(), own);
            return own.stream();
        }).toList();
    }

    private static void walk(Object value, String path, PositionIndex at, List<Problem> problems) {
        if (value instanceof String text) {
            OptionalInt line = Markdown.tooDeepAt(text);
            if (line.isPresent()) {
                problems.add(at.problem(path, ProblemCode.MARKDOWN_TOO_DEEP, Markdown.MAX_NESTING, " (tekstens linje " + line.getAsInt() + ")"));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) walk(list.get(i), PositionIndex.item(path, i), at, problems);
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().trySetAccessible();
                    walk(component.getAccessor().invoke(record), PositionIndex.child(path, component.getName()), at, problems);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        }
    }
}
