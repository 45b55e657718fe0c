package dk.indsatskatalog.export;

import java.util.List;
import java.util.Objects;

/**
 * One published table: its columns (which also give the Frictionless Table Schema and the field list on
 * the data page) and its rows as text, {@code ""} for an unknown value.
 */
public record CsvTable(String name, String title, String description, List<Column> columns, List<String> primaryKey,
                       List<ForeignKey> foreignKeys, List<List<String>> rows) {
    public CsvTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        rows = List.copyOf(rows);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) throw new IllegalArgumentException(name + ": row has " + row.size()
                + " cells, the table " + columns.size() + " columns");
        }
    }

    public String fileName() { return name + ".csv"; }

    public List<String> header() { return columns.stream().map(Column::name).toList(); }

    /** A column; {@code type} is a Table Schema type (string, integer, boolean, date). */
    public record Column(String name, String type, String description, boolean required) {}

    /** Columns that refer to another table's key. */
    public record ForeignKey(List<String> fields, String resource, List<String> referencedFields) {}
}
