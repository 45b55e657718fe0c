package dk.indsatskatalog.export;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the export's files go, and what each was: its size and SHA-256, counted while it is written,
 * so the checksums, the data package and DCAT describe exactly the bytes written without keeping them.
 * {@link #folder} streams into the site (a 10,000-entry export is ~600 MB); {@link #memory} keeps the
 * bytes, for tests.
 */
abstract class DataSink {
    /** Size and SHA-256 (hex) of one written file. */
    record Facts(long size, String sha256) {}

    private final SortedMap<String, Facts> facts = Collections.synchronizedSortedMap(new TreeMap<>());

    /** A sink that writes into {@code siteDir}. */
    static DataSink folder(Path siteDir) {
        return new DataSink() {
            @Override OutputStream target(String path) throws IOException {
                Path file = siteDir.resolve(path);
                Files.createDirectories(file.getParent());
                return Files.newOutputStream(file);
            }
        };
    }

    /** A sink that keeps every file's bytes ({@link Memory#files()}). */
    static Memory memory() { return new Memory(); }

    static final class Memory extends DataSink {
        private final SortedMap<String, byte[]> files = Collections.synchronizedSortedMap(new TreeMap<>());

        @Override OutputStream target(String path) {
            return new ByteArrayOutputStream() {
                @Override public void close() { files.put(path, toByteArray()); }
            };
        }

        /** Every file written, by site-relative path. */
        SortedMap<String, byte[]> files() { return files; }
    }

    abstract OutputStream target(String path) throws IOException;

    /** Opens {@code path} (site-relative) for writing; its facts are recorded when the stream is closed. */
    final OutputStream open(String path) throws IOException {
        MessageDigest digest = sha256();
        return new FilterOutputStream(new java.io.BufferedOutputStream(target(path), 1 << 16)) {
            private long size;
            @Override public void write(int b) throws IOException { out.write(b); digest.update((byte) b); size++; }
            @Override public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                digest.update(b, off, len);
                size += len;
            }
            @Override public void close() throws IOException {
                super.close();
                facts.put(path, new Facts(size, HexFormat.of().formatHex(digest.digest())));
            }
        };
    }

    /** Writes a whole file. */
    final void write(String path, byte[] bytes) throws IOException {
        try (OutputStream out = open(path)) { out.write(bytes); }
    }

    /** What was written to {@code path}; fails when nothing was. */
    final Facts facts(String path) {
        Facts f = facts.get(path);
        if (f == null) throw new IllegalStateException("no file written at " + path);
        return f;
    }

    /** Everything written so far, by path. */
    final SortedMap<String, Facts> facts() { return facts; }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
