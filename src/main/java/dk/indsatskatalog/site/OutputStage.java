package dk.indsatskatalog.site;

import dk.indsatskatalog.model.Catalogue;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A stage after rendering that writes files into the staging folder (the search index, the
 * open-data files). It must be deterministic: the same catalogue gives byte-identical files.
 */
@FunctionalInterface
public interface OutputStage {
    void write(Catalogue catalogue, SiteInfo site, Path siteDir) throws IOException;
}
