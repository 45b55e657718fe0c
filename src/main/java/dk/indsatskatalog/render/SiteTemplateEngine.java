package dk.indsatskatalog.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.TimeZone;

/**
 * JBake template engine for {@code .ftlh} templates (registered in
 * {@code META-INF/org.jbake.parser.TemplateEngines.properties}). JBake's own Freemarker engine
 * runs with 2.3.0 defaults: no auto-escaping and records not readable as properties. This one
 * escapes every {@code ${…}} as HTML, fails on errors instead of printing them into pages,
 * and lets templates create no Java objects.
 */
public final class SiteTemplateEngine extends AbstractTemplateEngine {
    /** Document-model key for the page record a template renders. */
    public static final String PAGE = "page";
    /** Document-model key for the site-wide record. */
    public static final String SITE = "site";

    /** Template variable: the relative prefix from this page to the site root. */
    public static final String ROOT = "root";

    private final Configuration freemarker;

    public SiteTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new IllegalStateException("template folder unreadable: " + config.getTemplateFolder(), e);
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
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        try {
            Template template = freemarker.getTemplate(templateName);
            SimpleHash root = new SimpleHash(freemarker.getObjectWrapper());
            root.put(PAGE, content.get(PAGE));
            root.put(SITE, content.get(SITE));
            root.put(ROOT, UrlPaths.rootOf(content.getUri()));
            template.process(root, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
