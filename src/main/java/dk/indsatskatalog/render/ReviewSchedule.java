package dk.indsatskatalog.render;

import dk.indsatskatalog.history.Git;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * When an entry is due for review (bør gennemgås igen): its {@code lastReviewed} is more than
 * {@code months} before the reference date. The reference is the date of the latest commit that
 * changed the content, or the newest {@code lastReviewed} without git, never the wall clock, so
 * the same content always builds the same pages.
 */
public record ReviewSchedule(LocalDate reference, int months, boolean fromGit) {
    public static final String MONTHS_SETTING = "indsatskatalog.review.months";

    public static ReviewSchedule of(Catalogue catalogue, SiteInfo site, Path projectDir) {
        int months = Integer.parseInt(site.setting(MONTHS_SETTING).strip());
        Optional<LocalDate> committed = new Git(projectDir).run("log", "-1", "--format=%cs", "--", "content")
            .map(String::strip).filter(s -> !s.isEmpty()).map(LocalDate::parse);
        LocalDate newest = catalogue.interventions().stream().map(Intervention::lastReviewed)
            .max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
        return committed.map(d -> new ReviewSchedule(d, months, true)).orElse(new ReviewSchedule(newest, months, false));
    }

    /** The first day the entry counts as overdue. */
    public LocalDate dueDate(LocalDate lastReviewed) { return lastReviewed.plusMonths(months).plusDays(1); }

    public boolean isDue(LocalDate lastReviewed) { return !dueDate(lastReviewed).isAfter(reference); }
}
