package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.indsatskatalog.render.SiteInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON Schemas (draft 2020-12) of the JSON files, kept as resources and given absolute {@code $id}s. */
final class JsonSchemas {
    static final List<String> PATHS = List.of(DataPaths.CATALOGUE_SCHEMA, DataPaths.ENTRY_SCHEMA, DataPaths.SOURCE_SCHEMA,
        DataPaths.VOCABULARY_SCHEMA);

    private JsonSchemas() {}

    static Map<String, byte[]> files(SiteInfo site) {
        Map<String, byte[]> files = new TreeMap<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String path : PATHS) {
            String name = path.substring(DataPaths.SCHEMAS.length());
            try (InputStream in = JsonSchemas.class.getResourceAsStream("schema/" + name)) {
                if (in == null) throw new IllegalStateException("missing resource schema/" + name);
                ObjectNode schema = (ObjectNode) mapper.readTree(in);
                schema.put("$id", DataPaths.absolute(site, path));
                files.put(path, JsonExport.bytes(schema));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
