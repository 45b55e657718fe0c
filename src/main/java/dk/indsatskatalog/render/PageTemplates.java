package dk.indsatskatalog.render;

import dk.indsatskatalog.site.ContentSecurityPolicy;
import dk.indsatskatalog.site.GeneratedPage;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/**
 * Renders pages with the {@code .ftlh} templates in {@code templates/}: the template for a page's
 * type is the one {@code jbake.properties} names ({@code template.<type>.file}). Every {@code ${…}}
 * is escaped as HTML, errors fail the build instead of being printed into pages, and templates can
 * create no Java objects. Templates see {@code page} (the page record), {@code site}
 * ({@link SiteInfo}), {@code root} (the relative way back to the site root), {@code urls} (every
 * address the page links to, {@link PageUrls}), {@code msg} (the Danish interface text,
 * {@link Messages}) and the CSP. Thread-safe: pages may be written in parallel. The component tests
 * render through {@link #configuration} and {@link #model} too, so an example renders as on the site.
 */
public final class PageTemplates {
    /** Template variable: the page record a template renders. */
    public static final String PAGE = "page";
    /** Template variable: the site-wide record. */
    public static final String SITE = "site";
    /** Template variable: the relative prefix from this page to the site root. */
    public static final String ROOT = "root";
    /** Template variable: every address a page links to ({@link PageUrls}). */
    public static final String URLS = "urls";
    /** Template variable: the Danish interface text ({@link Messages}). */
    public static final String MSG = "msg";
    /** Template variable: the site's Content-Security-Policy for the meta tag, a constant that needs no escaping. */
    public static final String CSP = "contentSecurityPolicy";

    private static final TemplateModel CSP_MARKUP = markup(ContentSecurityPolicy.POLICY);

    private final Path templateDir;
    private final Configuration freemarker;
    private final Messages messages;
    private final Set<String> pageFiles;

    /** Templates for a site whose pages are unknown: optional links (e.g. to the compare page) are left out. */
    public PageTemplates(Path templateDir) throws IOException { this(templateDir, Set.of()); }

    /** {@code pageFiles}: the output files of every page the build writes, so a page links to an optional page only when it exists. */
    public PageTemplates(Path templateDir, Set<String> pageFiles) throws IOException {
        if (!Files.isDirectory(templateDir)) throw new IOException("template folder unreadable: " + templateDir);
        this.templateDir = templateDir;
        freemarker = configuration(templateDir);
        messages = Messages.read(templateDir);
        this.pageFiles = Set.copyOf(pageFiles);
    }

    private PageTemplates(Path templateDir, Configuration freemarker, Messages messages, Set<String> pageFiles) {
        this.templateDir = templateDir;
        this.freemarker = freemarker;
        this.messages = messages;
        this.pageFiles = Set.copyOf(pageFiles);
    }

    /**
     * The same parsed templates for another build's set of pages: {@code serve} keeps one set-up and
     * parses a template again only when it changed on disk; the messages are read again (a small file).
     */
    public PageTemplates forPages(Set<String> pageFiles) throws IOException {
        return new PageTemplates(templateDir, freemarker, Messages.read(templateDir), pageFiles);
    }

    /** The one Freemarker set-up for {@code templates/}. */
    public static Configuration configuration(Path templateDir) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(templateDir.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("template folder unreadable: " + templateDir, e);
        }
        freemarker.setDefaultEncoding("UTF-8");
        // A template is parsed once and used for every page; an edited one is read again at the next build.
        freemarker.setTemplateUpdateDelayMilliseconds(0);
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setLocale(Locale.forLanguageTag("da-DK"));
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setBooleanFormat("c");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return freemarker;
    }

    /** The variables a template sees. */
    public static SimpleHash model(Configuration freemarker, Object page, SiteInfo site, PageUrls urls, Messages messages) {
        SimpleHash root = new SimpleHash(freemarker.getObjectWrapper());
        root.put(PAGE, page);
        root.put(SITE, site);
        root.put(ROOT, urls.root());
        root.put(URLS, urls);
        root.put(MSG, messages);
        root.put(CSP, CSP_MARKUP);
        return root;
    }

    /** Writes {@code page} to its file under {@code siteDir}. */
    public void write(GeneratedPage page, SiteInfo site, Path siteDir) throws IOException {
        Path file = siteDir.resolve(page.uri());
        Files.createDirectories(file.getParent());
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            render(page, site, out);
        }
    }

    /** Renders {@code page} into {@code out}. */
    public void render(GeneratedPage page, SiteInfo site, Writer out) throws IOException {
        String template = site.setting("template." + page.type() + ".file");
        // The 404 page is served for unknown paths at any depth, so its links start from the published path.
        String root = page.uri().equals(UrlPaths.NOT_FOUND_FILE) ? site.basePath() : UrlPaths.rootOf(page.uri());
        try {
            freemarker.getTemplate(template).process(model(freemarker, page.model(), site, new PageUrls(root, site, pageFiles), messages), out);
        } catch (TemplateException e) {
            throw new RenderException("template " + template + " failed for " + page.uri() + ": " + e.getMessage(), e);
        }
    }

    private static TemplateModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rendering failed for a reason that is not the content's fault (a template, I/O). */
    public static final class RenderException extends RuntimeException {
        RenderException(String message, Throwable cause) { super(message, cause); }
    }
}
