package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Intervention;
import org.apache.commons.configuration2.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.ParserEngine;

import java.io.File;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;

/**
 * JBake parser engine for entry files ({@code .yml}). The entry was already loaded and validated
 * by the pipeline, so the engine looks the intervention up by file instead of parsing YAML a
 * second time, and hands JBake a document with the fields its store and renderer use.
 * Registered in code: a properties-file registration loses to JBake's own YamlEngine.
 */
final class InterventionEngine implements ParserEngine {
    static final String TYPE = "intervention";

    private final Map<Path, Intervention> byFile;

    InterventionEngine(Map<Path, Intervention> byFile) { this.byFile = Map.copyOf(byFile); }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Intervention entry = byFile.get(file.toPath().toAbsolutePath().normalize());
        if (entry == null) return null;
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(TYPE);
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setTitle(entry.name().da());
        document.setUri(UrlPaths.file(UrlPaths.entry(entry.slug())));
        document.setFile(file.getPath());
        document.setSourceUri(entry.sourcePath()); // JBake's store keeps a unique index on it
        // The review date, not the file's mtime, so a rebuild gives the same document.
        document.setDate(Date.from(entry.lastReviewed().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        document.put("slug", entry.slug().value());
        return document;
    }

    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("JBake 2.7 calls parse(JBakeConfiguration, File)");
    }
}
