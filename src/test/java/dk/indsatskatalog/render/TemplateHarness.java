package dk.indsatskatalog.render;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.ContentHistory;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;
import dk.indsatskatalog.validate.Validation;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renders templates and component macros without JBake, through the site's own Freemarker set-up
 * ({@link PageTemplates}), with the real templates, messages and vocabularies. The catalogue is two
 * fixtures ({@code fuld}, every field filled in, and {@code gyldig}, related to it), validated once.
 */
final class TemplateHarness {
    static final Path TEMPLATES = TestProject.REPOSITORY.resolve("templates");
    static final String HOST = "https://indsatskatalog.github.io/indsatskatalog";
    static final String REPOSITORY = "https://github.com/indsatskatalog/indsatskatalog";
    /** Where component examples render: as on an entry page. */
    static final String ENTRY_ROOT = "../../";

    private static Catalogue catalogue;
    private static Path projectDir;
    private static final Configuration FREEMARKER = PageTemplates.configuration(TEMPLATES);
    private static final Messages MESSAGES = Messages.read(TEMPLATES);

    private TemplateHarness() {}

    /** The fixture catalogue, validated once per test run. */
    static synchronized Catalogue catalogue() {
        if (catalogue == null) {
            Path dir = TestProject.REPOSITORY.resolve("target/template-harness");
            deleteTree(dir);
            TestProject project = TestProject.create(dir).withFixture("fuld")
                .withEntry("gyldig.yml", TestProject.fixtureText("gyldig").replace("searchWords: [proeve]", "searchWords: [proeve]\nrelated: [fuld]"));
            try (Pipeline pipeline = new Pipeline(project.dir())) {
                Validation validation = pipeline.validate();
                if (!validation.ok()) throw new IllegalStateException("fixtures have problems: " + validation.problems());
                catalogue = validation.catalogue();
                projectDir = project.dir();
            }
        }
        return catalogue;
    }

    static Path projectDir() {
        catalogue();
        return projectDir;
    }

    /** The site as jbake.properties sets it, with {@code extra} settings on top (e.g. the publisher's e-mail). */
    static SiteInfo site(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("site.host", HOST, "site.title", "Indsatskatalog",
            "indsatskatalog.repository.url", REPOSITORY, "indsatskatalog.repository.branch", "main",
            "indsatskatalog.publisher.name", "Indsatskatalog", "indsatskatalog.publisher.url", REPOSITORY,
            "indsatskatalog.publisher.contact", REPOSITORY + "/issues", "indsatskatalog.review.months", "24"));
        settings.putAll(extra);
        return SiteInfo.of(settings, catalogue(), ContentHistory.none());
    }

    /** A template file (e.g. {@code pages/intervention.ftlh}) rendered with {@code page} as at {@code uri}. */
    static String page(String template, Object page, String uri, SiteInfo site, Set<String> pages) {
        try {
            return process(FREEMARKER.getTemplate(template), page, UrlPaths.rootOf(uri), site, pages, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One macro of a component, called with {@code params}, as on an entry page. */
    static String macro(String component, String macro, Map<String, Object> params, SiteInfo site, Set<String> pages) {
        String source = "<#import \"/components/" + component + "/" + component + ".ftlh\" as c><#assign m = c[macroName]>"
            + "<@m?with_args(args)/>";
        try {
            Template template = new Template("example", source, FREEMARKER);
            return process(template, null, ENTRY_ROOT, site, pages, Map.of("macroName", macro, "args", params));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The macros a component's file declares, by name, with their parameter names. */
    static Map<String, Set<String>> macros(String component) {
        try {
            Template template = FREEMARKER.getTemplate("components/" + component + "/" + component + ".ftlh");
            Map<String, Set<String>> macros = new HashMap<>();
            for (Object entry : template.getMacros().entrySet()) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                macros.put((String) e.getKey(), Set.of(((freemarker.core.Macro) e.getValue()).getArgumentNames()));
            }
            return macros;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String process(Template template, Object page, String root, SiteInfo site, Set<String> pages,
                                  Map<String, Object> extra) {
        SimpleHash model = PageTemplates.model(FREEMARKER, page, site, new PageUrls(root, site, pages), MESSAGES);
        extra.forEach(model::put);
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException | IOException e) {
            throw new IllegalStateException(template.getName() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    static Messages messages() { return MESSAGES; }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
