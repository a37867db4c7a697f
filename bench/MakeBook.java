// A 1,000,000-row learners workbook for BENCHMARKS.md (issue 14): run as a single-file program with Apache POI on
// the class path: java -cp "$CP" bench/MakeBook.java learners-1m.xlsx 1000000
import java.io.FileOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

public class MakeBook {
    public static void main(String[] a) throws Exception {
        int rows = Integer.parseInt(a[1]);
        String[] units = {"4427-450", "4427-551", "4427-552", "4427-203", "4427-212", "4427-564", "4427-566"};
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); FileOutputStream out = new FileOutputStream(a[0])) {
            book.setCompressTempFiles(true);
            SXSSFSheet s = book.createSheet("Learners");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Learner ID");
            h.createCell(1).setCellValue("Unit code");
            h.createCell(2).setCellValue("Date achieved");
            for (int i = 1; i <= rows; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("L" + ((i - 1) / 7));
                r.createCell(1).setCellValue(units[(i - 1) % 7]);
                r.createCell(2).setCellValue("14/03/2024");
            }
            book.write(out);
            book.dispose();
        }
    }
}
