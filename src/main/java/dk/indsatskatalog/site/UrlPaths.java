package dk.indsatskatalog.site;

import dk.indsatskatalog.model.Slug;

/**
 * Site-relative paths (no leading slash, folders end in "/"). Pages link with a relative
 * {@code root} prefix, so the site works at a domain root and under a sub-path alike.
 */
public final class UrlPaths {
    public static final String HOME = "";
    public static final String ENTRIES = "indsatser/";
    public static final String THEMES = "temaer/";
    public static final String TARGET_GROUPS = "maalgrupper/";
    public static final String LEVELS = "evidens/";
    public static final String NO_EFFECT = LEVELS + "ingen-effekt/";
    public static final String SCALE = "evidensskala/";
    public static final String CHANGES = "aendringer/";
    public static final String SEARCH = "soeg/";
    public static final String OPEN_DATA = "aabne-data/";
    public static final String NOT_FOUND_FILE = "404.html";
    /** The compare page; its script reads each entry's compare data from {@code COMPARE + "indsatser/"}. */
    public static final String COMPARE = "sammenlign/";
    /** The evidence and gap map. */
    public static final String EVIDENCE_MAP = "evidenskort/";

    private UrlPaths() {}

    public static String entry(Slug slug) { return ENTRIES + slug.value() + "/"; }
    public static String theme(String code) { return THEMES + code + "/"; }
    public static String targetGroup(String code) { return TARGET_GROUPS + code + "/"; }
    public static String level(int number) { return LEVELS + "niveau-" + number + "/"; }
    public static String page(String name) { return name + "/"; }

    /** The output file for a path: folders get {@code index.html}. */
    public static String file(String path) { return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path; }

    /** The relative prefix from the page at {@code fileUri} back to the site root ("", "../", "../../"). */
    public static String rootOf(String fileUri) {
        String clean = fileUri.startsWith("/") ? fileUri.substring(1) : fileUri;
        int depth = (int) clean.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
