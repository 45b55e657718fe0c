package dk.indsatskatalog.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * "Hent alt": open-data files as one zip that is byte for byte the same for the same files. Entries
 * are in path order, each stamped with the release date (never the clock or a file's mtime) in the
 * zip's own local-time field only, with no extra fields, comments or folder entries. The bytes also
 * depend on the JDK's deflate (zlib); the published SHA-256 is of the zip the build wrote.
 */
public final class DataArchive {
    /** The site folder the archives live in, beside the data page. */
    public static final String FOLDER = DataPaths.DATA_PAGE;
    /** Everything under data/. */
    public static final String ALL = FOLDER + "indsatskatalog-data.zip";
    /** The CSV tables (RFC 4180). */
    public static final String CSV = FOLDER + "indsatskatalog-csv.zip";
    /** The CSV tables for Danish Excel. */
    public static final String EXCEL = FOLDER + "indsatskatalog-csv-excel.zip";
    /** SHA-256 of each archive, in sha256sum's format. */
    public static final String CHECKSUMS = FOLDER + "SHA256SUMS";
    /** The folder the archives unpack into. */
    static final String ROOT = "indsatskatalog-data/";
    /** The zip format's dates start in 1980. */
    private static final LocalDate EARLIEST = LocalDate.of(1980, 1, 2); // the 1st itself gets an extra, time-zone dependent field

    private DataArchive() {}

    /**
     * The files whose site path starts with {@code prefix} (e.g. {@code data/}, {@code data/csv/}), as a
     * zip unpacking into {@code indsatskatalog-data/} with their paths below {@code data/}.
     */
    public static byte[] zip(SortedMap<String, byte[]> files, String prefix, LocalDate date) {
        LocalDateTime stamp = (date.isBefore(EARLIEST) ? EARLIEST : date).atStartOfDay();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (!file.getKey().startsWith(prefix) || !file.getKey().startsWith(DataPaths.DATA)) continue;
                ZipEntry entry = new ZipEntry(ROOT + file.getKey().substring(DataPaths.DATA.length()));
                entry.setTimeLocal(stamp);
                entry.setMethod(ZipEntry.DEFLATED);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
