package dk.indsatskatalog.render;

import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every address a template links to, in one place: templates write {@code href="${urls.entry(slug)}"}
 * and never spell a path. Site addresses are relative to the page being rendered ({@code root} is
 * {@code "../../"} on an entry page), so the site works at a domain root and under a sub-path alike;
 * addresses on the repository host and {@code mailto:} links come from {@code jbake.properties}.
 *
 * <p>Methods take codes and slugs as text, so component examples (plain YAML maps) can call them.
 *
 * @param root  the relative prefix from this page back to the site root
 * @param site  the site settings
 * @param pages the output files the build renders (e.g. {@code sammenlign/index.html}); a link to an
 *              optional page is only offered when the page exists
 */
public record PageUrls(String root, SiteInfo site, Set<String> pages) {
    /** The compare page: another feature renders it; entry pages link to it only when it is there. */
    public static final String COMPARE = "sammenlign/";
    /** The page that explains how to suggest a change or a new intervention. */
    public static final String CONTRIBUTE = "bidrag/";
    public static final String CONTRIBUTING_GUIDE = "CONTRIBUTING.md";
    /** GitHub's heading anchor for "### Tilføj en ny indsats" in the guide. */
    static final String GUIDE_NEW_ENTRY = "#tilføj-en-ny-indsats";
    static final String NEW_ENTRY_ISSUE_FORM = "foreslaa-en-indsats.yml";
    static final String ERROR_ISSUE_FORM = "fejl-i-en-indsats.yml";

    public PageUrls { pages = Set.copyOf(pages); }

    /**
     * One item of the main menu: {@code key} is what a page passes as {@code current} and names its
     * label in the messages ({@code menu.<key>}); {@code path} tells the section's own page from its subpages.
     */
    public record MenuItem(String key, String href, String path) {}

    /** The main menu, in order. */
    public List<MenuItem> menu() {
        return List.of(item("entries", UrlPaths.ENTRIES), item("themes", UrlPaths.THEMES),
            item("target-groups", UrlPaths.TARGET_GROUPS), item("scale", UrlPaths.SCALE),
            item("open-data", UrlPaths.OPEN_DATA), item("about", UrlPaths.page("om")));
    }

    private MenuItem item(String key, String path) { return new MenuItem(key, page(path), path); }

    /** A site-relative path ({@code temaer/}, {@code data/x.json}) as a link from this page; folders get index.html. */
    public String page(String path) { return root + UrlPaths.file(path); }

    /** A file copied from assets/ or written by a stage, e.g. {@code css/site.css}. */
    public String file(String path) { return root + path; }

    public String home() { return page(UrlPaths.HOME); }
    public String entries() { return page(UrlPaths.ENTRIES); }
    public String entry(String slug) { return page(UrlPaths.ENTRIES + slug + "/"); }
    public String history(String slug) { return page(UrlPaths.ENTRIES + slug + "/historik/"); }
    public String theme(String code) { return page(UrlPaths.theme(code)); }
    public String targetGroup(String code) { return page(UrlPaths.targetGroup(code)); }
    public String level(int number) { return page(UrlPaths.level(number)); }
    public String noEffectList() { return page(UrlPaths.NO_EFFECT); }
    public String scale() { return page(UrlPaths.SCALE); }
    /** A level's step on the scale page: where every evidence badge links. */
    public String scaleLevel(int number) { return scale() + "#niveau-" + number; }
    public String scaleNoEffect() { return scale() + "#ingen-effekt"; }
    public String search() { return page(UrlPaths.SEARCH); }
    public String openData() { return page(UrlPaths.OPEN_DATA); }
    public String changes() { return page(UrlPaths.CHANGES); }
    public String editors() { return page(UrlPaths.page("redaktion")); }
    public String about() { return page(UrlPaths.page("om")); }
    public String method() { return page(UrlPaths.page("metode")); }
    public String accessibility() { return page(UrlPaths.page("tilgaengelighed")); }
    public String contribute() { return page(CONTRIBUTE); }
    public String stylesheet(String name) { return file("css/" + name); }
    public String favicon() { return file("favicon.svg"); }
    /** The catalogue's Atom feed, for autodiscovery in every page's head. */
    public String feed() { return file("feed.xml"); }

    /** The compare page with this entry chosen, or null while the site has no compare page. */
    public String compare(String slug) {
        return pages.contains(UrlPaths.file(COMPARE)) ? page(COMPARE) + "?indsatser=" + slug : null;
    }

    /** An entry's permanent address, absolute, as printed and cited. */
    public String permanent(String slug) { return site.absolute(UrlPaths.ENTRIES + slug + "/"); }

    // ---- the repository host: editing, the guide, issue forms ----

    public String repository() { return site.repositoryUrl(); }

    /** The entry file in the host's web editor ("Foreslå en ændring"). */
    public String edit(String sourcePath) { return site.editUrlPrefix() + sourcePath; }

    /** The contributing guide, read on the repository host. */
    public String contributingGuide() { return blob(CONTRIBUTING_GUIDE); }

    /** The guide's section on adding an intervention. */
    public String contributingNewEntry() { return contributingGuide() + GUIDE_NEW_ENTRY; }

    /** The issue form for suggesting an intervention (the editors write it up). */
    public String newEntryIssue() { return site.repositoryUrl() + "/issues/new?template=" + NEW_ENTRY_ISSUE_FORM; }

    /** The issue form for reporting an error in an entry. */
    public String errorIssue() { return site.repositoryUrl() + "/issues/new?template=" + ERROR_ISSUE_FORM; }

    private String blob(String path) { return site.repositoryUrl() + "/blob/" + site.setting("indsatskatalog.repository.branch") + "/" + path; }

    // ---- e-mail, only when the publisher has given an address ----

    /** Whether the publisher has set {@code indsatskatalog.publisher.email}. */
    public boolean hasEmail() { return site.publisherEmail() != null; }

    /** A prefilled e-mail suggesting a change to one entry, or null without an address. */
    public String changeMail(String name, String slug) {
        return mail("Rettelse til " + name, "Indsats: " + permanent(slug) + "\n\nHvad er forkert?\n\n\n"
            + "Hvad burde der stå, og hvilken kilde viser det?\n\n");
    }

    /** A prefilled e-mail reporting an error in some entry, or null without an address. */
    public String errorMail() {
        return mail("Rettelse til Indsatskatalog", "Hvilken indsats (navn eller adresse)?\n\nHvad er forkert?\n\n\n"
            + "Hvad burde der stå, og hvilken kilde viser det?\n\n");
    }

    /** A prefilled e-mail suggesting a new intervention, or null without an address. */
    public String newEntryMail() {
        return mail("Forslag til ny indsats", "Indsatsens navn:\n\nHvad er indsatsen? Hvem er den for, og hvem driver den?\n\n\n"
            + "Kilder (evalueringer, rapporter, links):\n\n\nHvor bruges den?\n\n");
    }

    private String mail(String subject, String body) {
        if (!hasEmail()) return null;
        return "mailto:" + site.publisherEmail() + "?subject=" + encode(subject) + "&body=" + encode(body);
    }

    /** Percent-encoding for a mailto: field (RFC 6068): spaces as %20, never "+". */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    /** Whether the publisher's contact address is on GitHub (then writing there needs an account too). */
    public boolean contactNeedsGitHub() {
        try {
            String host = new URI(site.publisher().contact()).getHost();
            return host != null && (host.equals("github.com") || host.endsWith(".github.com"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * An address from a component's parameters as a safe link target: relative, http(s) or mailto
     * pass; anything else (a {@code javascript:} or {@code data:} URL) becomes "#", so it cannot run.
     */
    public String safe(String href) {
        if (href == null) return "#";
        String trimmed = href.strip();
        int colon = trimmed.indexOf(':');
        int slash = trimmed.indexOf('/');
        int question = trimmed.indexOf('?');
        int hash = trimmed.indexOf('#');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash) && (question < 0 || colon < question) && (hash < 0 || colon < hash);
        if (!hasScheme) return trimmed.chars().anyMatch(Character::isISOControl) ? "#" : trimmed;
        String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto") ? trimmed : "#";
    }
}
