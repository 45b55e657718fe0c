package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Taxonomies;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What every page knows about the site: its name, where it is published, where its sources are
 * edited, the vocabularies (for navigation and the scale) and the entry count; plus the Danish
 * formatting templates need.
 */
public record SiteInfo(String title, String baseUrl, String repositoryUrl, String editUrlPrefix,
                       Taxonomies taxonomies, int entryCount, Map<String, String> settings) {
    public SiteInfo { settings = Map.copyOf(settings); }

    /** A setting from jbake.properties (or its override); fails clearly when it is missing. */
    public String setting(String key) {
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
            "site.url", baseUrl + "/", "repository.url", repositoryUrl);
    }

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

    /** The path the site is published under ("/" at a domain root, "/indsatskatalog/" on a project site). */
    public String basePath() {
        String path = java.net.URI.create(baseUrl).getPath();
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
