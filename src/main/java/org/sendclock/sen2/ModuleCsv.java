package org.sendclock.sen2;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.csv.CsvWriter;

/**
 * One module of the return as CSV, for checking it against the case record: {@code CaseRef} (the council's own
 * reference, which the XML does not carry), then the module's items under their DfE names, one line per record in
 * file order, through the product's one CSV writer.
 */
final class ModuleCsv {

    private ModuleCsv() {
    }

    static void write(Sen2File file, Sen2Module module, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        List<String> header = new ArrayList<>();
        header.add("CaseRef");
        header.addAll(module.items());
        csv.row(header);
        for (Sen2File.Row row : file.rows(module)) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.caseRef());
            cells.addAll(row.items().inOrder());
            csv.row(cells);
        }
    }
}
