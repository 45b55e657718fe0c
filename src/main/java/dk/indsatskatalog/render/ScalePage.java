package dk.indsatskatalog.render;

import dk.indsatskatalog.model.FindingKind;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.StudyDesign;
import dk.indsatskatalog.model.Taxonomies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The evidence scale page: the page's own text (split at its last thematic break, so the comparison
 * with other scales comes after the rubric's tables), the table of what each kind of finding can carry
 * on each class of design, and the designs with their class.
 */
public record ScalePage(String path, String title, String html, String afterTablesHtml, List<String> classes,
                        List<KindRow> kinds, List<DesignRow> designs) {
    /** One kind of finding and the highest level it reaches on each class of design, in the order of {@code classes}. */
    public record KindRow(String label, String description, List<Integer> levels) {}

    /** One design, the class the rubric gives it and the highest level it can carry. */
    public record DesignRow(String label, String description, String classLabel, int cap) {}

    private static final String BREAK = "<hr />";

    static ScalePage of(String path, String title, String html, Taxonomies taxonomies) {
        int cut = html.lastIndexOf(BREAK);
        String before = cut < 0 ? html : html.substring(0, cut);
        String after = cut < 0 ? "" : html.substring(cut + BREAK.length());
        List<RubricClass> classes = new ArrayList<>(Arrays.asList(RubricClass.values()));
        Collections.reverse(classes); // strongest first
        List<KindRow> kinds = Arrays.stream(FindingKind.values()).map(k -> new KindRow(k.label(), k.description(),
            classes.stream().map(c -> Math.min(k.cap(), c.cap())).toList())).toList();
        List<DesignRow> designs = taxonomies.studyDesigns().stream().map(ScalePage::row).toList();
        return new ScalePage(path, title, before, after, classes.stream().map(ScalePage::classLabel).toList(), kinds, designs);
    }

    private static DesignRow row(StudyDesign d) {
        return new DesignRow(d.label(), d.term().description(), classLabel(d.rubricClass()), d.rubricClass().cap());
    }

    static String classLabel(RubricClass c) { return RatingTexts.classLabel(c); }
}
