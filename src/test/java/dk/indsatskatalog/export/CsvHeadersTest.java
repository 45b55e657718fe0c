package dk.indsatskatalog.export;

import dk.indsatskatalog.Golden;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

/** The published tables' names, header lines and column descriptions are as reviewed: a change to them is a change for data users. */
class CsvHeadersTest {
    @Test void theTablesHeadersAndColumnDescriptionsAreAsReviewed() {
        StringBuilder all = new StringBuilder();
        CatalogueJson json = new JsonExport(RealData.site(RealData.catalogue())).catalogue(RealData.catalogue(), RealData.RELEASE);
        for (CsvTable table : CsvTables.of(json)) {
            String csv = new String(RealData.bytes(DataPaths.CSV + table.fileName()), StandardCharsets.UTF_8);
            all.append(table.fileName()).append(": ").append(table.title()).append(" – ").append(table.description()).append('\n');
            all.append(csv, 0, csv.indexOf("\r\n")).append('\n');
            for (CsvTable.Column c : table.columns()) {
                all.append("  ").append(c.name()).append(" (").append(c.type()).append(c.required() ? ", påkrævet" : "").append("): ")
                    .append(c.description()).append('\n');
            }
            all.append('\n');
        }
        Golden.assertMatches("csv-headers.txt", all.toString());
    }
}
