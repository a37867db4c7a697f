package org.qdl.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** How far an evaluation has got, on stderr, for a person watching a large input; or nothing. */
interface Progress extends AutoCloseable {
    Progress NONE = new Progress() {
        @Override
        public void total(long total) {
        }

        @Override
        public void step(long n) {
        }

        @Override
        public void close() {
        }
    };

    /** The number of candidates, once known. */
    void total(long total);

    void step(long n);

    @Override
    void close();

    /** A bar redrawn in place on one line of {@code err}. */
    static Progress bar(PrintStream err, int columns) {
        int width = Math.max(40, Math.min(columns, 120)) - 1;
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Evaluating candidates").setInitialMax(-1)
                .setUpdateIntervalMillis(250)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r' + line);
                    err.flush();
                }, width)).build();
        return new Progress() {
            private boolean closed;

            @Override
            public void total(long total) {
                bar.maxHint(total);
            }

            @Override
            public void step(long n) {
                bar.stepBy(n);
            }

            @Override
            public void close() {
                if (closed) {
                    return;
                }
                closed = true;
                bar.close();
                err.print('\r' + " ".repeat(width) + '\r');
                err.flush();
            }
        };
    }
}
