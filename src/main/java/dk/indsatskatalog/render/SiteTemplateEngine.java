package dk.indsatskatalog.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;

/**
 * JBake template engine for {@code .ftlh} templates (registered in
 * {@code META-INF/org.jbake.parser.TemplateEngines.properties}). JBake's own Freemarker engine
 * runs with 2.3.0 defaults: no auto-escaping and records not readable as properties. This one
 * renders through {@link SiteTemplates}: every {@code ${…}} escaped as HTML, errors thrown
 * instead of printed into pages, and no Java objects created from templates.
 */
public final class SiteTemplateEngine extends AbstractTemplateEngine {
    /** Document-model key for the page record a template renders. */
    public static final String PAGE = SiteTemplates.PAGE;
    /** Document-model key for the site-wide record. */
    public static final String SITE = SiteTemplates.SITE;
    /** Document-model key for the page's addresses ({@link PageUrls}). */
    public static final String URLS = SiteTemplates.URLS;

    private final Configuration freemarker;
    private final Messages messages;

    public SiteTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        freemarker = SiteTemplates.configuration(config.getTemplateFolder().toPath());
        messages = Messages.read(config.getTemplateFolder().toPath());
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(SiteTemplates.model(freemarker, content.get(PAGE), (SiteInfo) content.get(SITE),
                (PageUrls) content.get(URLS), messages), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
