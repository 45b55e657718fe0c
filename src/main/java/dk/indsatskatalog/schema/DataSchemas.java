package dk.indsatskatalog.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) of the published open data, written by hand and kept as resources
 * in {@code data/} beside this class; the export publishes them in {@code data/schema/} with an absolute {@code $id}.
 */
public final class DataSchemas {
    public static final String CATALOGUE = "indsatskatalog.schema.json";
    public static final String ENTRY = "indsats.schema.json";
    public static final String SOURCE = "kilde.schema.json";
    public static final String VOCABULARY = "vokabular.schema.json";
    /** Every published schema's file name. */
    public static final List<String> FILES = List.of(CATALOGUE, ENTRY, SOURCE, VOCABULARY);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DataSchemas() {}

    /** The schema in {@code file} (one of {@link #FILES}), as a fresh tree the caller may change. */
    public static ObjectNode read(String file) {
        try (InputStream in = DataSchemas.class.getResourceAsStream("data/" + file)) {
            if (in == null) throw new IllegalStateException("missing resource data/" + file);
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
