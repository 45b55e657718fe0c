package dk.indsatskatalog.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one Freemarker set-up for {@code templates/}: HTML auto-escaping for every {@code ${…}},
 * errors thrown instead of printed into pages, no Java objects created from templates; and the
 * variables every template sees. JBake's engine ({@link SiteTemplateEngine}) and the component
 * tests render through this, so a component example renders exactly as on the site.
 */
public final class SiteTemplates {
    /** Template variable: the page record. */
    public static final String PAGE = "page";
    /** Template variable: the site-wide record. */
    public static final String SITE = "site";
    /** Template variable: the relative prefix from this page to the site root. */
    public static final String ROOT = "root";
    /** Template variable: every address a page links to ({@link PageUrls}). */
    public static final String URLS = "urls";
    /** Template variable: the Danish interface text ({@link Messages}). */
    public static final String MSG = "msg";

    private SiteTemplates() {}

    public static Configuration configuration(Path templateDir) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(templateDir.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("template folder unreadable: " + templateDir, e);
        }
        freemarker.setDefaultEncoding("UTF-8");
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
        return root;
    }
}
