package org.qdl.runtime.ir;

import java.util.List;

/** An ordered label set, lowest first, with the label of anything unrated and the labels that count as achieved. */
public record IrScale(String id, String title, List<String> labels, String defaultLabel, List<String> achieved) {

    public IrScale {
        labels = IrDocument.nonNull(labels);
        achieved = IrDocument.nonNull(achieved);
    }
}
