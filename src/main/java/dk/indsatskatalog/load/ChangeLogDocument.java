package dk.indsatskatalog.load;

import java.util.List;

/**
 * {@code content/aendringer.yml} as an editor wrote it: releases of the catalogue, newest first, each
 * with the entries whose evidence level (or no-effect flag) changed and why.
 */
public record ChangeLogDocument(@Required List<ReleaseDocument> releases) {

    /** One release: when, what it was, and the level changes it made. */
    public record ReleaseDocument(@Required String date, @Required String title, String summary,
                                  @Required List<LevelChangeDocument> changes) {}

    /** One entry's level before and after, the flag when it changed, and the reason in plain Danish. */
    public record LevelChangeDocument(@Required String entry, @Required Integer from, @Required Integer to,
                                      Boolean flagFrom, Boolean flagTo, @Required String reason) {}
}
