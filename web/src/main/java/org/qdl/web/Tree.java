package org.qdl.web;

/**
 * A parsed JSON value, as little as the readers need. In the browser it is what {@code JSON.parse} gave
 * ({@link BrowserTree}); on the JVM a test can back it with Jackson, so the readers are tested against
 * {@code IrJson} without a browser.
 */
public interface Tree {
    /** The member {@code name} of an object; null when it is absent or JSON null. */
    Tree get(String name);

    /** A string as it is, a number as JSON wrote it ("5", "2.5"), true/false as words. */
    String text();

    boolean isTrue();

    /** The number of elements of an array. */
    int size();

    Tree at(int index);

    /** The names of an object's members, in order. */
    java.util.List<String> names();
}
