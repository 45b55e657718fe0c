package dk.indsatskatalog.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
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

    /** Each archive and the site-path prefix of the files it holds. */
    static final Map<String, String> PREFIXES = orderedPrefixes();

    private static Map<String, String> orderedPrefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put(ALL, DataPaths.DATA);
        prefixes.put(CSV, DataPaths.CSV);
        prefixes.put(EXCEL, DataPaths.EXCEL);
        return Collections.unmodifiableMap(prefixes);
    }

    /**
     * The files whose site path starts with {@code prefix} (e.g. {@code data/}, {@code data/csv/}), as a
     * zip unpacking into {@code indsatskatalog-data/} with their paths below {@code data/}.
     */
    public static byte[] zip(SortedMap<String, byte[]> files, String prefix, LocalDate date) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            zip(files.keySet(), path -> new ByteArrayInputStream(files.get(path)), prefix, date, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The same zip written to {@code out}, each file's bytes read from {@code open} one file at a time;
     * {@code paths} are taken in sorted order whatever order the set has.
     */
    static void zip(Collection<String> paths, DataArchiveStage.Opener open, String prefix, LocalDate date, OutputStream out)
            throws IOException {
        LocalDateTime stamp = (date.isBefore(EARLIEST) ? EARLIEST : date).atStartOfDay();
        // Closed here to free the deflater; the caller's stream stays open.
        OutputStream keptOpen = new OutputStream() {
            @Override public void write(int b) throws IOException { out.write(b); }
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void flush() throws IOException { out.flush(); }
            @Override public void close() throws IOException { out.flush(); }
        };
        try (ZipOutputStream zip = new ZipOutputStream(keptOpen)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (String path : new TreeSet<>(paths)) {
                if (!path.startsWith(prefix) || !path.startsWith(DataPaths.DATA)) continue;
                ZipEntry entry = new ZipEntry(ROOT + path.substring(DataPaths.DATA.length()));
                entry.setTimeLocal(stamp);
                entry.setMethod(ZipEntry.DEFLATED);
                zip.putNextEntry(entry);
                try (InputStream in = open.open(path)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }
}
