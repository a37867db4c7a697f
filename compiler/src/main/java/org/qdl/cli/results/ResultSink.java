package org.qdl.cli.results;

import java.io.IOException;
import java.util.List;
import org.qdl.runtime.result.Result;

/** A report that is not text written as it goes (a workbook, a folder of pages): it takes results in input order. */
public interface ResultSink {
    void start() throws IOException;

    void accept(List<Result> results) throws IOException;

    void finish(Report.Summary summary) throws IOException;
}
