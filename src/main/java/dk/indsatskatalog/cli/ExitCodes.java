package dk.indsatskatalog.cli;

/** Process exit codes, listed in {@code --help}. Explicit values, never enum ordinals. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int CONTENT_PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
