package org.qdl.cli.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rows written straight to bytes ({@link CsvCells}) are byte for byte what Jackson's CSV generator writes and
 * {@link String#getBytes} encodes: the same cells quoted, quotes doubled, every character encoded alike (half a
 * surrogate pair as `?`).
 */
class CsvCellsPropertyTest {
    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> piece = Arbitraries.of("", "a", "4427-212", "true", "29", " ", ",", "\"", "\n", "\r", "\t",
                "#", "-", "=", "é", "日本", "😀", "\ud800", "\udc00", "x\"y", "'", ";", "|", "Deliver reliable customer");
        Arbitrary<String> cell = piece.list().ofMaxSize(6).map(p -> String.join("", p));
        return cell.list().ofMinSize(1).ofMaxSize(9).list().ofMaxSize(5);
    }

    @Property(tries = 2000)
    void cellsAreWrittenAsJacksonWritesThem(@ForAll("rows") List<List<String>> rows) throws Exception {
        CsvCells cells = new CsvCells(16);
        StringWriter text = new StringWriter();
        CsvSchema.Builder schema = CsvSchema.builder();
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < width; i++) {
            schema.addColumn("c" + i);
        }
        try (CsvGenerator g = new CsvFactory().createGenerator(text)) {
            g.setSchema(schema.build().withoutHeader().withLineSeparator("\n"));
            for (List<String> row : rows) {
                g.writeStartArray();
                for (String c : row) {
                    g.writeString(c);
                    cells.cell(c);
                }
                for (int i = row.size(); i < width; i++) {
                    g.writeString("");
                    cells.cell("");
                }
                g.writeEndArray();
                cells.endRow();
            }
        }
        assertThat(new String(cells.toBytes(), StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    /** A whole number written as digits is the cell its text makes; so is a cell made once and written whole. */
    @Property(tries = 1000)
    void numbersAndWholeCellsAreWrittenAsTheirText(@ForAll long n, @ForAll("rows") List<List<String>> rows) {
        CsvCells direct = new CsvCells(8);
        CsvCells asText = new CsvCells(8);
        direct.cell(n);
        asText.cell(Long.toString(n));
        for (List<String> row : rows) {
            for (String c : row) {
                direct.whole(CsvCells.whole(c));
                asText.cell(c);
            }
            direct.endRow();
            asText.endRow();
        }
        assertThat(direct.toBytes()).isEqualTo(asText.toBytes());
    }

    @Property(tries = 50)
    void extremeNumbers(@ForAll("extremes") long n) {
        CsvCells direct = new CsvCells(1);
        direct.cell(n);
        assertThat(new String(direct.toBytes(), StandardCharsets.US_ASCII)).isEqualTo(Long.toString(n));
    }

    @Provide
    Arbitrary<Long> extremes() {
        return Arbitraries.of(0L, 9L, 10L, -1L, -10L, 99L, 100L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1);
    }
}
