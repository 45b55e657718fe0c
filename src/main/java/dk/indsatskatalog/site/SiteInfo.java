package dk.indsatskatalog.site;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.ContentHistory;
import dk.indsatskatalog.model.Taxonomies;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What every stage knows about this build of the site besides the catalogue: its name, where it is
 * published, where its sources are edited, the settings from {@code jbake.properties}, the
 * vocabularies (for navigation and the scale), the entry count, what git knows about the content
 * (read once per build) and the review schedule it gives; plus the Danish formatting templates need.
 */
public record SiteInfo(String title, String baseUrl, String repositoryUrl, String editUrlPrefix,
                       Taxonomies taxonomies, int entryCount, Map<String, String> settings,
                       ContentHistory history, ReviewSchedule review) {
    public SiteInfo { settings = Map.copyOf(settings); }

    /** The site for {@code catalogue} with {@code settings} (jbake.properties and its overrides) and the build's history. */
    public static SiteInfo of(Map<String, String> settings, Catalogue catalogue, ContentHistory history) {
        String repository = required(settings, "indsatskatalog.repository.url");
        String branch = required(settings, "indsatskatalog.repository.branch");
        int months = Integer.parseInt(required(settings, ReviewSchedule.MONTHS_SETTING).strip());
        return new SiteInfo(required(settings, "site.title"), required(settings, "site.host"), repository,
            repository + "/edit/" + branch + "/", catalogue.taxonomies(), catalogue.interventions().size(), settings,
            history, ReviewSchedule.of(catalogue, months, history));
    }

    /** A setting from jbake.properties (or its override); fails clearly when it is missing. */
    public String setting(String key) { return required(settings, key); }

    private static String required(Map<String, String> settings, String key) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) throw new IllegalStateException("jbake.properties lacks " + key);
        return value;
    }

    /** Who publishes the catalogue, set once in jbake.properties ({@code indsatskatalog.publisher.*}). */
    public record Publisher(String name, String url, String contact) {}

    public Publisher publisher() {
        return new Publisher(setting("indsatskatalog.publisher.name"), setting("indsatskatalog.publisher.url"),
            setting("indsatskatalog.publisher.contact"));
    }

    /** The publisher's e-mail address ({@code indsatskatalog.publisher.email}), or null when it is not set. */
    public String publisherEmail() {
        String email = settings.get(PUBLISHER_EMAIL);
        return email == null || email.isBlank() ? null : email.strip();
    }

    /** Optional: with it, pages offer prefilled e-mails to people without a GitHub account. */
    public static final String PUBLISHER_EMAIL = "indsatskatalog.publisher.email";

    /** The values free pages may use as {@code {{key}}}: the publisher, the site's and the repository's address. */
    public Map<String, String> pageVariables() {
        Publisher p = publisher();
        return Map.of("publisher.name", p.name(), "publisher.url", p.url(), "publisher.contact", p.contact(),
            "site.url", absolute(""), "repository.url", repositoryUrl);
    }

    /** The absolute address of a site-relative path, from {@code site.host}. */
    public String absolute(String path) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + path;
    }

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

    /** The path the site is published under ("/" at a domain root, "/indsatskatalog/" on a project site). */
    public String basePath() {
        String path = URI.create(baseUrl).getPath();
        if (path == null || path.isEmpty()) return "/";
        return path.endsWith("/") ? path : path + "/";
    }

    /** "22. november 2026". */
    public String date(LocalDate date) { return DATE.format(date); }

    /** The Danish name of an ISO country code ("SE" → "Sverige"; "INT", an international review: "flere lande"). */
    public String country(String code) {
        if (dk.indsatskatalog.model.Countries.INTERNATIONAL.equals(code)) return "flere lande";
        String name = new Locale("", code).getDisplayCountry(DANISH);
        return name.isBlank() || name.equals(code) ? code : name;
    }
}
