package org.qdl.syntax;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A tree's shape without positions: records become lists of their components, spans and sources vanish. */
public final class TreeShape {
    private TreeShape() {
    }

    public static Object of(Object node) {
        if (node == null || node instanceof Span || node instanceof SourceFile) {
            return null;
        }
        if (node instanceof Optional<?> o) {
            return o.map(TreeShape::of).map(x -> List.of("some", x)).orElse(List.of("none"));
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(of(item));
            }
            return out;
        }
        if (node instanceof Record r) {
            List<Object> out = new ArrayList<>();
            out.add(r.getClass().getSimpleName());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    out.add(of(c.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        return node instanceof java.math.BigDecimal b ? b.toPlainString() : node;
    }
}
