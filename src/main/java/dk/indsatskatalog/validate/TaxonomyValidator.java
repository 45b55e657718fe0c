package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.load.TaxonomyKind;
import dk.indsatskatalog.load.TermDocument;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.LocalizedText;
import dk.indsatskatalog.model.OutcomeDomain;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.StudyDesign;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks the vocabularies (well-formed unique codes, rubric classes, a complete scale) and builds them. */
final class TaxonomyValidator {
    static final String NO_EFFECT_CODE = "ingen-effekt";

    /** The taxonomies, or null when any file is missing or wrong (problems say why). */
    Taxonomies validate(Map<TaxonomyKind, LoadedFile<List<TermDocument>>> files, List<Problem> problems) {
        int before = problems.size();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            LoadedFile<List<TermDocument>> file = files.get(kind);
            if (file == null || file.document() == null) continue;
            checkCodes(file, problems);
        }
        if (problems.size() > before || files.size() < TaxonomyKind.values().length
            || files.values().stream().anyMatch(f -> f.document() == null)) return null;

        List<StudyDesign> designs = new ArrayList<>();
        LoadedFile<List<TermDocument>> designFile = files.get(TaxonomyKind.STUDY_DESIGNS);
        for (int i = 0; i < designFile.document().size(); i++) {
            TermDocument d = designFile.document().get(i);
            RubricClass rubricClass = d.rubricClass() == null ? null : RubricClass.fromCode(d.rubricClass());
            if (rubricClass == null) {
                String classes = String.join(", ", Arrays.stream(RubricClass.values()).map(RubricClass::code).toList());
                problems.add(d.rubricClass() == null
                    ? designFile.positions().problem(PositionIndex.item("", i) + ".rubricClass", ProblemCode.RUBRIC_CLASS_MISSING, classes)
                    : designFile.positions().problem(PositionIndex.item("", i) + ".rubricClass", ProblemCode.RUBRIC_CLASS_UNKNOWN, d.rubricClass(), classes));
            } else {
                designs.add(new StudyDesign(term(d), rubricClass, Boolean.TRUE.equals(d.comparison())));
            }
        }

        List<EvidenceLevel> levels = new ArrayList<>();
        Term flag = null;
        LoadedFile<List<TermDocument>> levelFile = files.get(TaxonomyKind.EVIDENCE_LEVELS);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < levelFile.document().size(); i++) {
            TermDocument d = levelFile.document().get(i);
            String at = PositionIndex.item("", i);
            if (NO_EFFECT_CODE.equals(d.code())) { flag = term(d); continue; }
            Integer n = d.number();
            if (n == null || n < EvidenceLevel.MIN || n > EvidenceLevel.MAX) {
                problems.add(levelFile.positions().problem(at + ".number", ProblemCode.LEVEL_NUMBER));
            } else if (!seen.add(n)) {
                problems.add(levelFile.positions().problem(at + ".number", ProblemCode.LEVEL_TWICE, n));
            } else {
                levels.add(new EvidenceLevel(n, term(d)));
            }
        }
        Set<Integer> missing = new TreeSet<>(List.of(1, 2, 3, 4, 5));
        missing.removeAll(seen);
        if (!missing.isEmpty()) problems.add(levelFile.positions().problem("", ProblemCode.SCALE_LACKS_LEVELS, missing.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
        if (flag == null) problems.add(levelFile.positions().problem("", ProblemCode.SCALE_LACKS_FLAG, NO_EFFECT_CODE));
        if (problems.size() > before) return null;
        levels.sort(null);
        return new Taxonomies(terms(files.get(TaxonomyKind.TARGET_GROUPS)), terms(files.get(TaxonomyKind.THEMES)),
            files.get(TaxonomyKind.OUTCOME_DOMAINS).document().stream()
                .map(d -> new OutcomeDomain(term(d), d.measuresEffect() == null || d.measuresEffect())).toList(),
            terms(files.get(TaxonomyKind.ANCHORING_STRATEGIES)),
            designs, levels, flag);
    }

    private static void checkCodes(LoadedFile<List<TermDocument>> file, List<Problem> problems) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < file.document().size(); i++) {
            String code = file.document().get(i).code();
            String at = PositionIndex.item("", i) + ".code";
            if (!code.matches("[1-5]") && !Slug.isWellFormed(code)) {
                problems.add(file.positions().problem(at, ProblemCode.TAXONOMY_CODE_ILL_FORMED, code));
            } else if (!codes.add(code)) {
                problems.add(file.positions().problem(at, ProblemCode.TAXONOMY_CODE_TWICE, code));
            }
        }
    }

    private static List<Term> terms(LoadedFile<List<TermDocument>> file) {
        return file.document().stream().map(TaxonomyValidator::term).toList();
    }

    private static Term term(TermDocument d) {
        return new Term(d.code(), new LocalizedText(d.name().da(), d.name().en()), d.description());
    }
}
