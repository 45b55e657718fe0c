package dk.indsatskatalog.export;

import dk.indsatskatalog.site.OutputStage;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.site.SiteInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the archives of the data page's "Hent alt" and per-format buttons ({@link DataArchive}) and
 * their {@code SHA256SUMS}, from the same files the export wrote; then lets the files go.
 */
public final class DataArchiveStage implements OutputStage {
    private final OpenDataFiles openData;

    public DataArchiveStage(OpenDataFiles openData) { this.openData = openData; }

    @Override
    public void write(Catalogue catalogue, SiteInfo site, Path siteDir) throws IOException {
        OpenDataFiles.Made made = openData.of(catalogue, site);
        for (var archive : made.archives().entrySet()) {
            Path target = siteDir.resolve(archive.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, archive.getValue());
        }
        Files.write(siteDir.resolve(DataArchive.CHECKSUMS), made.checksums());
        openData.forget();
    }
}
