package org.qdl.web;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** A value of the browser's own {@code JSON.parse}: the script carries no JSON parser of its own. */
final class BrowserTree implements Tree {
    private final JSObject value;

    private BrowserTree(JSObject value) {
        this.value = value;
    }

    /** Parses {@code json}; a syntax error is the browser's SyntaxError, thrown to the caller as it is. */
    static Tree parse(String json) {
        return new BrowserTree(parseJson(json));
    }

    private static Tree of(JSObject v) {
        return isMissing(v) ? null : new BrowserTree(v);
    }

    @Override
    public Tree get(String name) {
        return of(member(value, name));
    }

    @Override
    public String text() {
        return asText(value);
    }

    @Override
    public boolean isTrue() {
        return isTrueValue(value);
    }

    @Override
    public int size() {
        return length(value);
    }

    @Override
    public Tree at(int index) {
        return of(element(value, index));
    }

    @Override
    public List<String> names() {
        int n = keyCount(value);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(key(value, i));
        }
        return out;
    }

    @JSBody(params = "s", script = "return JSON.parse(s);")
    private static native JSObject parseJson(String s);

    @JSBody(params = "v", script = "return v === null || v === undefined;")
    private static native boolean isMissing(JSObject v);

    @JSBody(params = {"o", "k"}, script = "return (o !== null && typeof o === 'object'"
            + " && Object.prototype.hasOwnProperty.call(o, k)) ? o[k] : null;")
    private static native JSObject member(JSObject o, String k);

    // String(n) of a number the IR wrote as 2.5 is "2.5": the same digits BigDecimal reads
    @JSBody(params = "v", script = "return typeof v === 'string' ? v : String(v);")
    private static native String asText(JSObject v);

    @JSBody(params = "v", script = "return v === true;")
    private static native boolean isTrueValue(JSObject v);

    @JSBody(params = "v", script = "return Array.isArray(v) ? v.length : 0;")
    private static native int length(JSObject v);

    @JSBody(params = {"v", "i"}, script = "return v[i];")
    private static native JSObject element(JSObject v, int i);

    @JSBody(params = "v", script = "return (v !== null && typeof v === 'object') ? Object.keys(v).length : 0;")
    private static native int keyCount(JSObject v);

    @JSBody(params = {"v", "i"}, script = "return Object.keys(v)[i];")
    private static native String key(JSObject v, int i);
}
