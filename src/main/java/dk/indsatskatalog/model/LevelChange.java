package dk.indsatskatalog.model;

import java.util.Objects;

/**
 * One entry's evidence level changed in a release: from and to (1–5), the no-effect flag before and after
 * (null when it did not change), and the reason in plain Danish.
 */
public record LevelChange(Slug entry, int from, int to, Boolean flagFrom, Boolean flagTo, String reason) {
    public LevelChange { Objects.requireNonNull(entry, "entry"); Objects.requireNonNull(reason, "reason"); }
}
