package org.qdl.emit.handbook;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The handbook's FreeMarker set-up: `.ftlh` templates with HTML auto-escaping, looked up first in the awarding body's
 * templates directory (when given) and then among the built-in ones. Failures become {@link HandbookException}s that
 * name the template file and the line.
 */
public final class Templates {
    static final String BUILT_IN = "templates";

    private final Configuration cfg;
    private final Optional<Path> overrides;

    Templates(Optional<Path> overrides) throws HandbookException {
        this(overrides, new ClassTemplateLoader(Templates.class, BUILT_IN));
    }

    /** The same set-up over the templates beside {@code base} in {@code folder} (another report's). */
    public static Templates of(Class<?> base, String folder) throws HandbookException {
        return new Templates(Optional.empty(), new ClassTemplateLoader(base, folder));
    }

    private Templates(Optional<Path> overrides, TemplateLoader builtIn) throws HandbookException {
        this.overrides = overrides;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.UK);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        // `emphasis(text)`: the text's runs (text, strong, em), for the `rich` macro to print escaped
        cfg.setSharedVariable("emphasis", (freemarker.template.TemplateMethodModelEx) args ->
                org.qdl.model.Emphasis.runs(((freemarker.template.TemplateScalarModel) args.get(0)).getAsString()));
        if (overrides.isPresent()) {
            try {
                cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                    new FileTemplateLoader(overrides.get().toFile()), builtIn}));
            } catch (IOException e) {
                throw new HandbookException("cannot read the templates directory `" + overrides.get() + "`: "
                        + e.getMessage(), e);
            }
        } else {
            cfg.setTemplateLoader(builtIn);
        }
    }

    /** Renders template {@code name} with {@code model}. */
    public String render(String name, Map<String, Object> model) throws HandbookException {
        try {
            Template template = cfg.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new HandbookException("cannot find the template `" + name + "`", e);
        } catch (ParseException | TemplateException e) {
            throw new HandbookException(describe(deepest(e)), e);
        } catch (IOException e) {
            throw new HandbookException("cannot read the template `" + name + "`: " + e.getMessage(), e);
        }
    }

    /**
     * The innermost template failure: a template that fails to parse while another imports it is reported where it
     * fails, not where it is imported.
     */
    private static Exception deepest(Exception e) {
        Exception found = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ParseException || t instanceof TemplateException) {
                found = (Exception) t;
            }
        }
        return found;
    }

    private String describe(Exception e) {
        if (e instanceof ParseException) {
            ParseException p = (ParseException) e;
            return where(p.getTemplateName(), p.getLineNumber(), p.getColumnNumber()) + ": "
                    + firstLine(p.getEditorMessage());
        }
        TemplateException t = (TemplateException) e;
        String message = firstLine(t.getMessageWithoutStackTop());
        if (message.endsWith(":") && t.getBlamedExpressionString() != null) {
            message += " `" + t.getBlamedExpressionString() + "`";
        }
        return where(t.getTemplateSourceName(), t.getLineNumber(), t.getColumnNumber()) + ": " + message;
    }

    /** "template `branding/unit.ftlh`, line 12, column 5", naming the override file when there is one. */
    private String where(String templateName, Integer line, Integer column) {
        String name = templateName == null ? "(unknown)" : templateName;
        String shown = overrides.map(dir -> dir.resolve(name)).filter(Files::isRegularFile).map(Path::toString)
                .orElse("built-in " + name);
        StringBuilder out = new StringBuilder("template `" + shown + "`");
        if (line != null && line > 0) {
            out.append(", line ").append(line);
            if (column != null && column > 0) {
                out.append(", column ").append(column);
            }
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it failed to render";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
