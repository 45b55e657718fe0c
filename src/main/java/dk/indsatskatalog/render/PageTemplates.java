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
import java.util.TimeZone;

/**
 * Renders pages with the {@code .ftlh} templates in {@code templates/}: the template for a page's
 * type is the one {@code jbake.properties} names ({@code template.<type>.file}). Every {@code ${…}}
 * is escaped as HTML, errors fail the build instead of being printed into pages, and templates can
 * create no Java objects. Templates see {@code page} (the page record), {@code site}
 * ({@link SiteInfo}) and {@code root} (the relative way back to the site root). Thread-safe: pages
 * may be written in parallel.
 */
public final class PageTemplates {
    /** Template variable: the page record a template renders. */
    public static final String PAGE = "page";
    /** Template variable: the site-wide record. */
    public static final String SITE = "site";
    /** Template variable: the relative prefix from this page to the site root. */
    public static final String ROOT = "root";
    /** Template variable: the site's Content-Security-Policy for the meta tag, a constant that needs no escaping. */
    public static final String CSP = "contentSecurityPolicy";

    private static final TemplateModel CSP_MARKUP = markup(ContentSecurityPolicy.POLICY);

    private final Configuration freemarker;

    public PageTemplates(Path templateDir) throws IOException {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDirectoryForTemplateLoading(templateDir.toFile());
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
        SimpleHash root = new SimpleHash(freemarker.getObjectWrapper());
        root.put(PAGE, page.model());
        root.put(SITE, site);
        root.put(ROOT, UrlPaths.rootOf(page.uri()));
        root.put(CSP, CSP_MARKUP);
        try {
            freemarker.getTemplate(template).process(root, out);
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
