package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.site.ReviewSchedule;

import java.time.LocalDate;
import java.util.List;

/**
 * Redaktion: entries due for review and entries whose evidence is thin, for the editors. See
 * {@link EditorialPages#isThin} for what "thin" means; the page states the same definition.
 */
public record EditorsPage(String path, String title, ReviewSchedule schedule, List<Overdue> overdue, List<Thin> thin) {
    public EditorsPage { overdue = List.copyOf(overdue); thin = List.copyOf(thin); }

    /** An entry past its review date. */
    public record Overdue(Intervention entry, LocalDate dueDate) {}

    /** An entry with thin evidence and the number of studies (beyond descriptions) that carry its level. */
    public record Thin(Intervention entry, int carryingStudies, boolean lowLevel) {}
}
