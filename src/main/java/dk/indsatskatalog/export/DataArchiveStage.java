package dk.indsatskatalog.export;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.site.OutputStage;
import dk.indsatskatalog.site.SiteInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes the archives of the data page's "Hent alt" and per-format buttons ({@link DataArchive}) and
 * their {@code SHA256SUMS}, streamed from the files the export has just written into the staging folder
 * (read back one at a time, never all held), and records each archive's size and SHA-256 for the page.
 * Runs after {@link OpenDataExport}, in the same stage list.
 */
public final class DataArchiveStage implements OutputStage {
    private final OpenDataFiles openData;

    public DataArchiveStage(OpenDataFiles openData) { this.openData = openData; }

    @Override
    public void write(Catalogue catalogue, SiteInfo site, Path siteDir) throws IOException {
        OpenDataFiles.Written written = openData.written();
        Set<String> paths = written.files().keySet();
        DataSink sink = DataSink.folder(siteDir);
        for (var archive : DataArchive.PREFIXES.entrySet()) {
            try (OutputStream out = sink.open(archive.getKey())) {
                DataArchive.zip(paths, path -> Files.newInputStream(siteDir.resolve(path)), archive.getValue(),
                    written.release().date(), out);
            }
            openData.archived(archive.getKey(), sink.facts(archive.getKey()));
        }
        Files.write(siteDir.resolve(DataArchive.CHECKSUMS), openData.written().archiveChecksums());
    }

    /** Opens a written file by its site path. */
    @FunctionalInterface
    interface Opener {
        InputStream open(String path) throws IOException;
    }
}
