package dk.indsatskatalog.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: CRLF records, quoted fields, doubled quotes; fails on anything else. */
final class Rfc4180 {
    private Rfc4180() {}

    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) throw new IllegalArgumentException("unterminated quote in record " + (records.size() + 1));
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                fieldStart = false;
                if (i < text.length() && text.charAt(i) != delimiter && text.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote in record " + (records.size() + 1));
                }
                continue;
            }
            if (c == delimiter) { record.add(field.toString()); field.setLength(0); fieldStart = true; i++; continue; }
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') throw new IllegalArgumentException("CR without LF");
                record.add(field.toString()); field.setLength(0); records.add(record); record = new ArrayList<>();
                fieldStart = true; i += 2; continue;
            }
            if (c == '\n') throw new IllegalArgumentException("bare LF outside quotes in record " + (records.size() + 1));
            if (c == '"') throw new IllegalArgumentException("quote inside an unquoted field in record " + (records.size() + 1));
            field.append(c);
            fieldStart = false;
            i++;
        }
        if (!record.isEmpty() || field.length() > 0) throw new IllegalArgumentException("last record lacks CRLF");
        return records;
    }
}
