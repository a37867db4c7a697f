package org.qdl.emit.handbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.qdl.lower.Lowering;
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
    static final String CHECKER_PAGE = "checker.html";
    /** The runtime's engine compiled to JavaScript by the web module (TeaVM), copied into every handbook. */
    static final String ENGINE_SCRIPT = "qdl-engine.js";
    static final String ENGINE_RESOURCE = "/org/qdl/web/" + ENGINE_SCRIPT;
    /** The page's own script: reads the form, asks the engine, shows the answer. */
    static final String CHECKER_SCRIPT = "checker.js";

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
        render(q, outDir, templates, Optional.empty());
    }

    /**
     * As {@link #render(Qualification, Path, Optional)}, with {@code date} printed in each page's footer ("Generated
     * by QDL from … on 23 November 2026"); without one a handbook carries no date, so the same source always gives
     * the same bytes.
     */
    public static void render(Qualification q, Path outDir, Optional<Path> templates, Optional<LocalDate> date)
            throws HandbookException {
        render(q, outDir, templates, date, java.util.Set.of());
    }

    /** As above; {@code reads} (the spec) are never replaced or removed, even when they lie in {@code outDir}. */
    public static void render(Qualification q, Path outDir, Optional<Path> templates, Optional<LocalDate> date,
            java.util.Set<Path> reads) throws HandbookException {
        if (templates.isPresent() && !Files.isDirectory(templates.get())) {
            throw new HandbookException("the templates directory `" + templates.get() + "` does not exist");
        }
        HandbookView view = HandbookViews.build(q);
        CheckerView checker = CheckerViews.build(view, Lowering.lower(q).ir());
        Templates engine = new Templates(templates);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("index.html", "index.ftlh", null, Links.fromIndex()));
        pages.add(new Page("handbook.html", "handbook.ftlh", null, Links.fromOnePage()));
        pages.add(new Page(CHECKER_PAGE, "checker.ftlh", null, Links.fromIndex()));
        for (UnitView unit : view.units()) {
            pages.add(new Page("units/" + unit.id() + ".html", "unit.ftlh", unit, Links.fromUnitPage()));
        }
        Map<String, byte[]> files = new TreeMap<>(renderAll(engine, view, checker, pages, date.map(Generated::of)));
        files.put(STYLESHEET, stylesheet(templates));
        files.put(ENGINE_SCRIPT, resource(ENGINE_RESOURCE));
        files.put(CHECKER_SCRIPT, resource(Templates.BUILT_IN + "/" + CHECKER_SCRIPT));
        if (templates.isPresent()) {
            files.putAll(assets(templates.get()));
        }
        OutputDirectory.replace(outDir, files, reads);
    }

    /** A page to render: its path in the output, its template, its unit (none for the whole-handbook pages). */
    private record Page(String path, String template, UnitView unit, Links links) {
    }

    /**
     * Renders the pages on all cores (a handbook of thousands of units has thousands of pages; templates and the
     * view are shared, read-only). When pages fail, the first of them in page order is reported, as one thread
     * would.
     */
    /** The date a handbook was generated on, for its footer: as written for people, and as ISO 8601 for machines. */
    public record Generated(String text, String iso) {
        static Generated of(LocalDate date) {
            return new Generated(date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)), date.toString());
        }
    }

    private static Map<String, byte[]> renderAll(Templates engine, HandbookView view, CheckerView checker,
            List<Page> pages, Optional<Generated> generated) throws HandbookException {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), pages.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "qdl-handbook");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<byte[]>> rendered = new ArrayList<>();
            for (Page p : pages) {
                rendered.add(pool.submit(() -> page(engine, p.template(), view, checker, p.unit(), p.links(), generated)));
            }
            Map<String, byte[]> out = new HashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                out.put(pages.get(i).path(), take(rendered.get(i)));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] take(Future<byte[]> page) throws HandbookException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HandbookException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HandbookException) {
                throw (HandbookException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw (Error) cause;
        }
    }

    private static byte[] page(Templates engine, String template, HandbookView view, CheckerView checker,
            UnitView unit, Links links, Optional<Generated> generated) throws HandbookException {
        Map<String, Object> model = new HashMap<>();
        model.put("handbook", view);
        model.put("checker", checker);
        model.put("links", links);
        generated.ifPresent(g -> model.put("generated", g));
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

    /** A file the handbook always ships, from the class path (the engine script comes from the qdl-web jar). */
    private static byte[] resource(String name) {
        try (InputStream in = HandbookEmitter.class.getResourceAsStream(name.startsWith("/") ? name
                : "/org/qdl/emit/handbook/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path: build the web module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
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
