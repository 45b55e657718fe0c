package dk.indsatskatalog.render.jbake;

import dk.indsatskatalog.render.SiteToolkit;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@link SiteToolkit} through JBake's own parts. One instance per project; every call makes its own
 * parser engine and asset copier, so instances keep no state between builds and can be used from any thread.
 */
public final class JBakeToolkit implements SiteToolkit {
    /** The folder names the project uses; {@code ProjectSettings} refuses a jbake.properties that says otherwise. */
    private static final Map<String, String> FOLDERS = Map.of("content.folder", "content", "template.folder", "templates",
        "asset.folder", "assets", "render.encoding", "UTF-8");

    private final Path projectDir;

    public JBakeToolkit(Path projectDir) { this.projectDir = projectDir.toAbsolutePath().normalize(); }

    @Override
    public Page page(Path file, Map<String, String> variables) throws IOException {
        DocumentModel document = new SafeMarkdownEngine(variables).parse(configuration(projectDir.resolve("target/unused")), file.toFile());
        if (document == null) {
            throw new IOException("JBake could not read " + file.getFileName()
                + " (a page needs a header with title=, type= and status= ended by ~~~~~~)");
        }
        return new Page(document.getTitle(), document.getType(), document.getBody());
    }

    @Override
    public void copyAssets(Path siteDir) throws IOException {
        Asset assets = new Asset(configuration(siteDir));
        assets.copy();
        if (!assets.getErrors().isEmpty()) {
            Throwable first = assets.getErrors().get(0);
            throw new IOException("copying assets failed: " + first.getMessage(), first);
        }
    }

    /**
     * JBake's configuration for this project: JBake's own defaults under the project's folders,
     * in memory. Settings are values, never looked up, so nothing in them is interpolated.
     */
    private DefaultJBakeConfiguration configuration(Path destination) {
        Map<String, Object> values = new HashMap<>(JBAKE_DEFAULTS);
        values.putAll(FOLDERS);
        values.put("destination.folder", destination.toString());
        CompositeConfiguration composite = new CompositeConfiguration();
        composite.addConfiguration(new MapConfiguration(values));
        return new DefaultJBakeConfiguration(projectDir.toFile(), composite);
    }

    /** JBake's {@code default.properties}, read once. */
    private static final Map<String, Object> JBAKE_DEFAULTS = defaults();

    private static Map<String, Object> defaults() {
        Properties properties = new Properties();
        try (InputStream in = DefaultJBakeConfiguration.class.getClassLoader().getResourceAsStream("default.properties")) {
            if (in == null) throw new IllegalStateException("JBake's default.properties is missing from the class path");
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return Map.copyOf(values);
    }
}
