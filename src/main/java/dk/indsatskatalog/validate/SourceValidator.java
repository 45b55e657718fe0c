package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.load.SourceDocument;
import dk.indsatskatalog.model.Setting;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.SourceId;
import dk.indsatskatalog.model.SourceKind;
import dk.indsatskatalog.model.StudyDesign;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.problem.DidYouMean;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the source register and builds its {@link Source}s: each file's fields against its kind, and
 * every {@code reportsOn} against the register. Two passes, because a news item names a study that may
 * come later in file order.
 */
final class SourceValidator {
    private static final String DESCRIPTIVE = "descriptive";
    private static final String SYSTEMATIC_REVIEW = "systematic-review";

    private final Taxonomies taxonomies;
    private final List<Problem> problems;

    SourceValidator(Taxonomies taxonomies, List<Problem> problems) {
        this.taxonomies = taxonomies;
        this.problems = problems;
    }

    /** Every source that has no problem, by id; ids of broken files map to null, so citing them is not reported again. */
    Map<SourceId, Source> validate(List<LoadedFile<SourceDocument>> files) {
        Map<String, LoadedFile<SourceDocument>> byId = new TreeMap<>();
        for (LoadedFile<SourceDocument> file : files) byId.put(idOf(file), file);
        Map<SourceId, Source> sources = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(byId.keySet());
        // Studies first, then the web items that report on them.
        for (boolean reporting : new boolean[]{false, true}) {
            for (Map.Entry<String, LoadedFile<SourceDocument>> e : byId.entrySet()) {
                SourceDocument d = e.getValue().document();
                boolean reports = d != null && d.reportsOn() != null;
                if (reports != reporting || !Slug.isWellFormed(e.getKey())) continue;
                sources.put(new SourceId(e.getKey()), d == null ? null : source(e.getKey(), e.getValue(), sources, byId, ids));
            }
        }
        for (Map.Entry<String, LoadedFile<SourceDocument>> e : byId.entrySet()) {
            if (!Slug.isWellFormed(e.getKey())) {
                problems.add(Problem.of(e.getValue().positions().of(""), "", ProblemCode.SOURCE_ID_ILL_FORMED, e.getKey()));
            }
        }
        return sources;
    }

    static String idOf(LoadedFile<?> file) {
        return file.file().getFileName().toString().replaceAll("\\.yml$", "");
    }

    private Source source(String id, LoadedFile<SourceDocument> file, Map<SourceId, Source> known,
                          Map<String, LoadedFile<SourceDocument>> byId, List<String> ids) {
        int before = problems.size();
        SourceDocument d = file.document();
        PositionIndex at = file.positions();
        Checks checks = new Checks(at, problems);
        SourceKind kind = checks.fixed(d.kind(), "kind", SourceKind.values(), SourceKind::code, "kildetype");
        Setting setting = checks.fixed(d.setting(), "setting", Setting.values(), Setting::code, "sammenhæng (setting)");
        checks.countryIsACode(d.country(), "country");
        String url = d.url() == null ? null : checks.url(d.url(), "url");
        checks.yearIsPlausible(d.year(), "year");
        String title = Checks.blankToNull(d.title());
        String description = Checks.blankToNull(d.description());
        if ((title == null) == (description == null)) problems.add(at.problem(title == null ? "" : "description", ProblemCode.SOURCE_TITLE_OR_DESCRIPTION));

        Source reportsOn = null;
        StudyDesign design = null;
        boolean verified = Boolean.TRUE.equals(d.designVerified());
        if (d.reportsOn() != null) {
            reportsOn = reportedStudy(id, d, kind, at, known, byId, ids);
            if (d.design() != null) problems.add(at.problem("design", ProblemCode.SOURCE_REPORTS_ON_WITH_DESIGN, d.reportsOn()));
            else if (d.designVerified() != null) problems.add(at.problem("designVerified", ProblemCode.SOURCE_REPORTS_ON_WITH_DESIGN, d.reportsOn()));
        } else if (d.design() == null) {
            problems.add(at.problem("", ProblemCode.SOURCE_DESIGN_MISSING));
        } else {
            design = checks.code(d.design(), "design", taxonomies.studyDesigns(), StudyDesign::code, "undersøgelsesdesign");
            if (design != null && kind != null) designFitsKind(kind, design, verified, d, at);
        }
        if (problems.size() > before || kind == null || setting == null) return null;
        if (d.reportsOn() != null && reportsOn == null) return null; // the study it reports on is broken; reported there
        return new Source(new SourceId(id), kind, title, description, d.authors().strip(), Checks.blankToNull(d.publisher()),
            d.year(), url, design, verified, Checks.blankToNull(d.designBasis()), d.country(), setting,
            Checks.blankToNull(d.population()), Checks.blankToNull(d.sample()), Checks.blankToNull(d.programme()),
            reportsOn, Checks.blankToNull(d.note()));
    }

    private Source reportedStudy(String id, SourceDocument d, SourceKind kind, PositionIndex at, Map<SourceId, Source> known,
                                 Map<String, LoadedFile<SourceDocument>> byId, List<String> ids) {
        String target = d.reportsOn().strip();
        if (kind != null && kind != SourceKind.WEB) {
            problems.add(at.problem("reportsOn", ProblemCode.SOURCE_REPORTS_ON_KIND, kind.code()));
            return null;
        }
        if (target.equals(id)) {
            problems.add(at.problem("reportsOn", ProblemCode.SOURCE_REPORTS_ON_SELF));
            return null;
        }
        LoadedFile<SourceDocument> targetFile = byId.get(target);
        if (targetFile == null) {
            problems.add(at.problem("reportsOn", ProblemCode.UNKNOWN_SOURCE, target, DidYouMean.hint(target, ids)));
            return null;
        }
        if (targetFile.document() != null && targetFile.document().reportsOn() != null) {
            problems.add(at.problem("reportsOn", ProblemCode.SOURCE_REPORTS_ON_CHAIN, target));
            return null;
        }
        return Slug.isWellFormed(target) ? known.get(new SourceId(target)) : null;
    }

    /** A kind that cannot have this design, or a verification a web page cannot make. */
    private void designFitsKind(SourceKind kind, StudyDesign design, boolean verified, SourceDocument d, PositionIndex at) {
        String code = design.code();
        if (kind == SourceKind.PRACTICE_DESCRIPTION && !code.equals(DESCRIPTIVE)) {
            problems.add(at.problem("design", ProblemCode.SOURCE_KIND_CONTRADICTS_DESIGN, code, kind.code(), DESCRIPTIVE));
        } else if (kind == SourceKind.SYSTEMATIC_REVIEW && !code.equals(SYSTEMATIC_REVIEW)) {
            problems.add(at.problem("design", ProblemCode.SOURCE_KIND_CONTRADICTS_DESIGN, code, kind.code(), SYSTEMATIC_REVIEW));
        }
        if (kind == SourceKind.WEB && verified) {
            problems.add(at.problem("designVerified", ProblemCode.SOURCE_WEB_VERIFIED));
        } else if (verified && Checks.blankToNull(d.designBasis()) == null) {
            problems.add(at.problem("designVerified", ProblemCode.SOURCE_VERIFIED_WITHOUT_BASIS));
        }
    }
}
