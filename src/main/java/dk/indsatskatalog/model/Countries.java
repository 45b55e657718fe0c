package dk.indsatskatalog.model;

import java.util.Set;

/** Country codes the rubric and the pages need to recognise. */
public final class Countries {
    /** Several countries, as in an international review. */
    public static final String INTERNATIONAL = "INT";
    public static final String DENMARK = "DK";
    private static final Set<String> NORDIC = Set.of("DK", "SE", "NO", "FI", "IS", "FO", "GL", "AX");

    private Countries() {}

    public static boolean isNordic(String code) { return NORDIC.contains(code); }
}
