package dk.indsatskatalog.export;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.site.SiteInfo;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * One build's open-data files and archives, made once and shared: the data page (rendered before the
 * export) shows their sizes and the archives' SHA-256, the export writes the files, and the archive
 * stage writes the zips. Remembers only the catalogue it was last asked about, and forgets it once
 * the archives are written, so {@code serve} does not hold a release between builds.
 */
public final class OpenDataFiles {
    private Catalogue madeFor;
    private Made made;

    /** The files, the release they are, and each archive's bytes and checksum, by site path. */
    public record Made(Release release, SortedMap<String, byte[]> files, Map<String, byte[]> archives,
                       Map<String, String> archiveSha256) {
        /** The size in bytes of a file or an archive. */
        public long size(String path) {
            byte[] bytes = files.containsKey(path) ? files.get(path) : archives.get(path);
            if (bytes == null) throw new IllegalArgumentException("not a published file: " + path);
            return bytes.length;
        }

        /** The total size of the files under a folder, e.g. {@code data/csv/}. */
        public long folderSize(String folder) {
            return files.entrySet().stream().filter(f -> f.getKey().startsWith(folder)).mapToLong(f -> f.getValue().length).sum();
        }

        /** {@code sha256sum} lines for the archives, paths relative to their folder. */
        byte[] checksums() {
            StringBuilder out = new StringBuilder();
            archiveSha256.forEach((path, sha) -> out.append(sha).append("  ").append(path.substring(DataArchive.FOLDER.length())).append('\n'));
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }


    /** The release of {@code catalogue} (the build's own, validated one), made on the first call for it. */
    public synchronized Made of(Catalogue catalogue, SiteInfo site) {
        if (made == null || madeFor != catalogue) {
            Release release = Release.of(catalogue, site.history());
            SortedMap<String, byte[]> files = OpenDataExport.files(catalogue, site, release);
            Map<String, byte[]> archives = new LinkedHashMap<>();
            archives.put(DataArchive.ALL, DataArchive.zip(files, DataPaths.DATA, release.date()));
            archives.put(DataArchive.CSV, DataArchive.zip(files, DataPaths.CSV, release.date()));
            archives.put(DataArchive.EXCEL, DataArchive.zip(files, DataPaths.EXCEL, release.date()));
            Map<String, String> sums = new LinkedHashMap<>();
            archives.forEach((path, bytes) -> sums.put(path, OpenDataExport.sha256(bytes)));
            made = new Made(release, files, Collections.unmodifiableMap(archives), Collections.unmodifiableMap(sums));
            madeFor = catalogue;
        }
        return made;
    }

    /** Drops the release: the build has written it. */
    public synchronized void forget() {
        made = null;
        madeFor = null;
    }
}
