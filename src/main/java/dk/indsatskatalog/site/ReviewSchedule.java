package dk.indsatskatalog.site;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.ContentHistory;
import dk.indsatskatalog.model.Intervention;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * When an entry is due for review (bør gennemgås igen): its {@code lastReviewed} is more than
 * {@code months} before the reference date. The reference is the date of the latest commit that
 * changed the content, or the newest {@code lastReviewed} without git, never the wall clock, so
 * the same content always builds the same pages.
 */
public record ReviewSchedule(LocalDate reference, int months, boolean fromGit) {
    public static final String MONTHS_SETTING = "indsatskatalog.review.months";

    /** The schedule for {@code catalogue}, from the history read once for the build. */
    public static ReviewSchedule of(Catalogue catalogue, int months, ContentHistory history) {
        LocalDate newest = catalogue.interventions().stream().map(Intervention::lastReviewed)
            .max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
        return history.latestContentDate().map(d -> new ReviewSchedule(d, months, true))
            .orElse(new ReviewSchedule(newest, months, false));
    }

    /** The first day the entry counts as overdue. */
    public LocalDate dueDate(LocalDate lastReviewed) { return lastReviewed.plusMonths(months).plusDays(1); }

    public boolean isDue(LocalDate lastReviewed) { return !dueDate(lastReviewed).isAfter(reference); }
}
