package org.qdl.emit.handbook;

/**
 * Where links point from the page being rendered: the index and the one-page handbook link to units and groups
 * differently from a unit's own page. Templates call {@code links.unit(id)}, {@code links.group(id)}, ...
 */
public final class Links {
    private final String root;
    private final boolean onePage;

    private Links(String root, boolean onePage) {
        this.root = root;
        this.onePage = onePage;
    }

    /** From {@code index.html}. */
    static Links fromIndex() {
        return new Links("", false);
    }

    /** From a page under {@code units/}. */
    static Links fromUnitPage() {
        return new Links("../", false);
    }

    /** From {@code handbook.html}, where every unit is a section of the same page. */
    static Links fromOnePage() {
        return new Links("", true);
    }

    public String unit(String unitId) {
        return onePage ? "#" + unitId : root + "units/" + unitId + ".html";
    }

    public String group(String groupId) {
        return onePage || root.isEmpty() ? "#" + groupId : root + "index.html#" + groupId;
    }

    /** A section of the index page. */
    public String section(String id) {
        return onePage || root.isEmpty() ? "#" + id : root + "index.html#" + id;
    }

    public String index() {
        return root + "index.html";
    }

    public String onePage() {
        return root + "handbook.html";
    }

    /** The unit-choice checker page. */
    public String checker() {
        return root + "checker.html";
    }

    public String stylesheet() {
        return root + "handbook.css";
    }

    /** A file the templates directory ships in {@code assets/} (a logo). */
    public String asset(String name) {
        return root + "assets/" + name;
    }
}
