package org.qdl.syntax.tree;

import org.qdl.syntax.Span;

/** A level as written: `entry 3`, `5`, `advanced`. The framework decides what it means. */
public record LevelValue(Form form, String text, Span span) implements Node {

    public enum Form { ENTRY, NUMBER, NAME }

    /** The level as an author would say it: "Entry 3", "5", "advanced". */
    public String display() {
        return form == Form.ENTRY ? "Entry " + text : text;
    }
}
