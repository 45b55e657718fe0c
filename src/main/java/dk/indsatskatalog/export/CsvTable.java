package dk.indsatskatalog.export;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One published table: its columns (which also give the Frictionless Table Schema and the field list on
 * the data page) and its rows as text, {@code ""} for an unknown value. Rows are made as they are
 * written, never held: at 10,000 entries the tables are ~100 MB of text.
 */
public record CsvTable(String name, String title, String description, List<Column> columns, List<String> primaryKey,
                       List<ForeignKey> foreignKeys, Rows rows) {
    public CsvTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** Makes the rows one at a time. */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<List<String>> row);
    }

    /** Hands each row to {@code row}, after checking it has a cell for every column. */
    public void forEachRow(Consumer<List<String>> row) {
        rows.each(cells -> {
            if (cells.size() != columns.size()) throw new IllegalArgumentException(name + ": row has " + cells.size()
                + " cells, the table " + columns.size() + " columns");
            row.accept(cells);
        });
    }

    public String fileName() { return name + ".csv"; }

    public List<String> header() { return columns.stream().map(Column::name).toList(); }

    /** A column; {@code type} is a Table Schema type (string, integer, boolean, date). */
    public record Column(String name, String type, String description, boolean required) {}

    /** Columns that refer to another table's key. */
    public record ForeignKey(List<String> fields, String resource, List<String> referencedFields) {}
}
