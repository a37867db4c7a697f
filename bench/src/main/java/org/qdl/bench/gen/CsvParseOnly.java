package org.qdl.bench.gen;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The baseline for `qdl eval` on a CSV file: a bare parse of the same file with the same library (Jackson's CSV
 * module), reading every field and counting rows and distinct candidates, and nothing else.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar org.qdl.bench.gen.CsvParseOnly candidates.csv}</pre>
 */
public final class CsvParseOnly {
    private CsvParseOnly() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        long rows = 0;
        Set<String> candidates = new HashSet<>();
        CsvMapper mapper = new CsvMapper();
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
                CsvParser parser = mapper.getFactory().createParser(in)) {
            parser.setSchema(CsvSchema.emptySchema().withHeader());
            String field = null;
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                } else if (t == JsonToken.VALUE_STRING && "candidate".equals(field)) {
                    candidates.add(parser.getText());
                } else if (t == JsonToken.END_OBJECT) {
                    rows++;
                }
            }
        }
        System.out.printf("%,d rows, %,d candidates parsed in %.2f s%n", rows, candidates.size(),
                (System.nanoTime() - start) / 1e9);
    }
}
