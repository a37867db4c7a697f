package org.qdl.emit.handbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.qdl.model.Qualification;

/**
 * Renders a checked qualification as a static, self-contained HTML handbook: {@code index.html} (profile, prose,
 * structure in words, group tables, contents, index of units), one page per unit under {@code units/}, the whole
 * handbook on one page for printing ({@code handbook.html}) and the stylesheet ({@code handbook.css}). The same
 * qualification always gives the same bytes.
 *
 * <p>A templates directory overrides any built-in template ({@code page.ftlh}, {@code index.ftlh},
 * {@code unit.ftlh}, {@code handbook.ftlh}, {@code macros.ftlh}) or the stylesheet by file name; files in its
 * {@code assets/} folder (a logo) are copied to {@code assets/} in the output.
 */
public final class HandbookEmitter {
    static final String STYLESHEET = "handbook.css";

    private HandbookEmitter() {
    }

    /**
     * Renders {@code q} into {@code outDir}, replacing a handbook rendered there before. Nothing is written unless
     * every page renders.
     *
     * @throws HandbookException when a template fails (the message names the template file and line), or the
     *     directory cannot be written
     */
    public static void render(Qualification q, Path outDir, Optional<Path> templates) throws HandbookException {
        if (templates.isPresent() && !Files.isDirectory(templates.get())) {
            throw new HandbookException("the templates directory `" + templates.get() + "` does not exist");
        }
        HandbookView view = HandbookViews.build(q);
        Templates engine = new Templates(templates);
        Map<String, byte[]> files = new TreeMap<>();
        files.put("index.html", page(engine, "index.ftlh", view, null, Links.fromIndex()));
        files.put("handbook.html", page(engine, "handbook.ftlh", view, null, Links.fromOnePage()));
        for (UnitView unit : view.units()) {
            files.put("units/" + unit.id() + ".html", page(engine, "unit.ftlh", view, unit, Links.fromUnitPage()));
        }
        files.put(STYLESHEET, stylesheet(templates));
        if (templates.isPresent()) {
            files.putAll(assets(templates.get()));
        }
        OutputDirectory.replace(outDir, files);
    }

    private static byte[] page(Templates engine, String template, HandbookView view, UnitView unit, Links links)
            throws HandbookException {
        Map<String, Object> model = new HashMap<>();
        model.put("handbook", view);
        model.put("links", links);
        if (unit != null) {
            model.put("unit", unit);
        }
        return engine.render(template, model).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] stylesheet(Optional<Path> templates) throws HandbookException {
        if (templates.isPresent() && Files.isRegularFile(templates.get().resolve(STYLESHEET))) {
            Path css = templates.get().resolve(STYLESHEET);
            try {
                return Files.readAllBytes(css);
            } catch (IOException e) {
                throw new HandbookException("cannot read the stylesheet `" + css + "`: " + e.getMessage(), e);
            }
        }
        try (InputStream in = HandbookEmitter.class.getResourceAsStream(Templates.BUILT_IN + "/" + STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("built-in stylesheet missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in stylesheet", e);
        }
    }

    /** The branding files in {@code templates/assets/}, copied as they are. */
    private static Map<String, byte[]> assets(Path templates) throws HandbookException {
        Map<String, byte[]> out = new TreeMap<>();
        Path dir = templates.resolve("assets");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> files = all.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                String rel = templates.relativize(f).toString().replace('\\', '/');
                out.put(rel, Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new HandbookException("cannot read the assets in `" + dir + "`: " + e.getMessage(), e);
        }
        return out;
    }
}
