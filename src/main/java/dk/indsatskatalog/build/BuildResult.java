package dk.indsatskatalog.build;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.problem.Problem;

import java.util.List;

/** What a build did: the catalogue and timings when it succeeded, the problems when the content was wrong. */
public record BuildResult(Catalogue catalogue, List<Problem> problems, StageTimes times) {
    public BuildResult { problems = List.copyOf(problems); }

    public static BuildResult failed(List<Problem> problems, StageTimes times) { return new BuildResult(null, problems, times); }

    public boolean ok() { return problems.isEmpty(); }

    /** Milliseconds per stage, for the build summary and the benchmark; render and index run side by side, so their sum can exceed the total. */
    public record StageTimes(long loadMillis, long validateMillis, long renderMillis, long indexMillis,
                             long exportMillis, long totalMillis) {}
}
