package dk.indsatskatalog.load;

import dk.indsatskatalog.problem.PositionIndex;

import java.nio.file.Path;
import java.util.Objects;

/** One file's document, or null when it could not be read, with its positions. */
public record LoadedFile<D>(Path file, D document, PositionIndex positions) {
    public LoadedFile { Objects.requireNonNull(file, "file"); Objects.requireNonNull(positions, "positions"); }
}
