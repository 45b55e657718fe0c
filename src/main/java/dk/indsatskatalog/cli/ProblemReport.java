package dk.indsatskatalog.cli;

import dk.indsatskatalog.load.Problem;

import java.io.PrintWriter;
import java.util.List;

/** Prints problems one per line, capped so a broken taxonomy does not bury the first causes. */
final class ProblemReport {
    static final int MAX_SHOWN = 100;

    private ProblemReport() {}

    static void print(List<Problem> problems, PrintWriter err) {
        problems.stream().limit(MAX_SHOWN).forEach(p -> err.println(p));
        if (problems.size() > MAX_SHOWN) err.println("… and " + (problems.size() - MAX_SHOWN) + " more");
        err.println(problems.size() == 1 ? "1 problem found." : problems.size() + " problems found.");
        err.flush();
    }
}
