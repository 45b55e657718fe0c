package dk.indsatskatalog.browser;

/** What a screen reader's table navigation needs, checked in the page. */
final class FindTables {
    private FindTables() {}

    /**
     * For the table matching arguments[0]: every data cell's column header (a th with scope="col" in
     * the head row at the cell's column) and row header (the th with scope="row" that starts its row),
     * as "" when every cell has both, else the first cells that lack one.
     */
    static final String UNHEADED = """
        const table = document.querySelector(arguments[0]);
        const heads = [...table.querySelectorAll('thead tr:last-child th')];
        const missing = [];
        table.querySelectorAll('tbody tr').forEach((tr, r) => {
          const rowHeader = tr.querySelector(':scope > th[scope=row]');
          [...tr.children].forEach((cell, c) => {
            if (cell.tagName !== 'TD') return;
            const column = heads[c];
            if (!column || column.getAttribute('scope') !== 'col' || !column.textContent.trim()) missing.push('row ' + (r + 1) + ' cell ' + c + ': no column header');
            if (!rowHeader || !rowHeader.textContent.trim() || tr.firstElementChild !== rowHeader) missing.push('row ' + (r + 1) + ' cell ' + c + ': no row header');
          });
        });
        return missing.slice(0, 5).join('; ');
        """;
}
