package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Intervention;

import java.util.List;

/** The front page: browse by theme, target group and level, and the most recently reviewed entries. */
public record HomePage(String path, String title, List<TermCount> themes, List<TermCount> targetGroups,
                       List<TermCount> levels, TermCount noEffect, List<Intervention> recentlyReviewed) {}
