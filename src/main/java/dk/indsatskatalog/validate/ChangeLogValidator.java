package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.ChangeLogDocument.LevelChangeDocument;
import dk.indsatskatalog.load.ChangeLogDocument.ReleaseDocument;
import dk.indsatskatalog.load.ChangeLogDocument;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.LevelChange;
import dk.indsatskatalog.model.Release;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.problem.DidYouMean;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks {@code content/aendringer.yml}: every change names an existing entry and levels 1–5, releases
 * stand newest first, and the newest change logged for an entry agrees with the level the rubric gives
 * it now — so a level that has been explained once cannot change again without a new reason.
 */
final class ChangeLogValidator {
    private final List<Problem> problems;

    ChangeLogValidator(List<Problem> problems) { this.problems = problems; }

    /** The releases, or an empty list when there is no log or it has problems. */
    List<Release> validate(LoadedFile<ChangeLogDocument> file, Set<String> entryFiles, Map<Slug, Intervention> current) {
        if (file == null || file.document() == null) return List.of();
        int before = problems.size();
        PositionIndex at = file.positions();
        List<Release> releases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        LocalDate previous = null;
        List<ReleaseDocument> documents = file.document().releases();
        for (int r = 0; r < documents.size(); r++) {
            ReleaseDocument d = documents.get(r);
            String path = PositionIndex.item("releases", r);
            LocalDate date = date(d.date(), path + ".date", at);
            if (date != null && previous != null && date.isAfter(previous)) {
                problems.add(at.problem(path + ".date", ProblemCode.CHANGE_LOG_ORDER, d.date().strip()));
            }
            if (date != null) previous = date;
            List<LevelChange> changes = new ArrayList<>();
            for (int c = 0; c < d.changes().size(); c++) {
                LevelChange change = change(d.changes().get(c), path + ".changes[" + c + "]", at, entryFiles, current, seen);
                if (change != null) changes.add(change);
            }
            if (date != null) releases.add(new Release(date, d.title().strip(), Checks.blankToNull(d.summary()), changes));
        }
        return problems.size() > before ? List.of() : releases;
    }

    private LevelChange change(LevelChangeDocument d, String path, PositionIndex at, Set<String> entryFiles,
                               Map<Slug, Intervention> current, Set<String> seen) {
        String slug = d.entry().strip();
        if (!entryFiles.contains(slug)) {
            problems.add(at.problem(path + ".entry", ProblemCode.RELATED_MISSING, slug, DidYouMean.hint(slug, entryFiles)));
            return null;
        }
        boolean ok = levelInRange(d.from(), path + ".from", at) & levelInRange(d.to(), path + ".to", at);
        if (!ok) return null;
        if (d.from().equals(d.to()) && java.util.Objects.equals(d.flagFrom(), d.flagTo())) {
            problems.add(at.problem(path, ProblemCode.CHANGE_LOG_NO_CHANGE));
            return null;
        }
        Intervention now = current.get(new Slug(slug));
        // The first mention of an entry is its newest (releases stand newest first): it must match the entry today.
        if (seen.add(slug) && now != null) {
            int level = now.evidence().level().number();
            boolean flag = now.evidence().noEffectFlag();
            if (level != d.to() || (d.flagTo() != null && d.flagTo() != flag)) {
                problems.add(at.problem(path + ".to", ProblemCode.CHANGE_LOG_STALE, slug, level, flag ? " med markering" : "",
                    d.to(), Boolean.TRUE.equals(d.flagTo()) ? " med markering" : ""));
            }
        }
        return new LevelChange(new Slug(slug), d.from(), d.to(), d.flagFrom(), d.flagTo(), d.reason().strip());
    }

    private boolean levelInRange(Integer level, String path, PositionIndex at) {
        if (level < EvidenceLevel.MIN || level > EvidenceLevel.MAX) {
            problems.add(at.problem(path, ProblemCode.CHANGE_LOG_LEVEL, level));
            return false;
        }
        return true;
    }

    private LocalDate date(String value, String path, PositionIndex at) {
        return new Checks(at, problems).date(value, path);
    }
}
