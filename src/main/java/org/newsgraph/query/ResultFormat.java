package org.newsgraph.query;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.rdf.Vocab;

/** How {@code newsgraph query} prints SELECT results. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public static ResultFormat named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NewsgraphException.usage("unknown format '" + name + "': use table, csv, tsv or json");
        }
    }

    public void write(ResultSet results, OutputStream out) {
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, results, Vocab.PREFIXES);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }
}
