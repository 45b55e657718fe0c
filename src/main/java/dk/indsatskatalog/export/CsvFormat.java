package dk.indsatskatalog.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV. {@link #RFC_4180}: UTF-8 without BOM, commas, CRLF, fields quoted when they hold a
 * comma, quote, CR or LF. {@link #EXCEL_DA}: what Danish Excel opens correctly by double-click – a UTF-8 BOM
 * (else Excel reads Windows-1252), semicolons (Danish Excel's list separator, as the comma is the decimal
 * mark), CRLF; and a cell that Excel would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading apostrophe.
 */
public enum CsvFormat {
    RFC_4180(',', false), EXCEL_DA(';', true);

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final char delimiter;
    private final boolean excel;

    CsvFormat(char delimiter, boolean excel) {
        this.delimiter = delimiter;
        this.excel = excel;
    }

    /** The whole table as bytes (for tests and small tables). */
    public byte[] write(CsvTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the table row by row to {@code out} (not closed); returns how many rows it wrote. */
    public int write(CsvTable table, OutputStream out) throws IOException {
        if (excel) out.write(BOM);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder();
        line(line, table.header());
        text.append(line);
        int[] rows = {0};
        try {
            table.forEachRow(row -> {
                rows[0]++;
                line.setLength(0);
                line(line, row);
                try {
                    text.append(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        text.flush();
        return rows[0];
    }

    private void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(delimiter);
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    String field(String value) {
        String v = value == null ? "" : value;
        if (excel && startsLikeFormula(v)) v = "'" + v;
        boolean quote = v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** True for text Excel would evaluate; plain numbers (also negative ones) stay numbers. */
    static boolean startsLikeFormula(String v) {
        if (v.isEmpty()) return false;
        char c = v.charAt(0);
        if (c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r') return true;
        return c == '-' && !v.matches("-\\d+");
    }
}
