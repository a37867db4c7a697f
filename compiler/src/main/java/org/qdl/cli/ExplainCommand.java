package org.qdl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.qdl.diag.Code;
import org.qdl.diag.DidYouMean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * `qdl explain CODE`: the long description of a diagnostic code (Q0102) or of a problem `qdl eval` reports on a
 * candidate (E001).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a diagnostic code (like Q0102) or a candidate problem code from `qdl eval` (like E001).")
final class ExplainCommand implements Callable<Integer> {
    /** The candidate problems of the runtime, explained here because the runtime carries no prose. */
    private static final List<String> PROBLEM_CODES = List.of("E001", "E002", "E003", "E004", "E005", "E006", "E007",
            "E008", "E009", "E010", "E011", "E012", "E015", "E016", "E017", "E018", "E019");

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "CODE", description = "The code, as printed: Q0102, q0102, 0102 or E001.")
    String code;

    @Override
    public Integer call() {
        String text = explanation(code.trim()).orElseThrow(() -> {
            List<String> known = new ArrayList<>(PROBLEM_CODES);
            for (Code c : Code.values()) {
                known.add(c.name());
            }
            String typed = code.trim().toUpperCase(Locale.ROOT);
            List<String> close = DidYouMean.nearest(typed, known);
            String hint = close.isEmpty() || close.size() > 4 ? "; codes look like Q0102 (specs) or E001 (candidates)"
                    : close.size() == 1 ? "; did you mean `" + close.get(0) + "`?"
                    : "; did you mean one of " + String.join(", ", close.stream().map(k -> "`" + k + "`").toList()) + "?";
            return CliException.usage("unknown code `" + code + "`" + hint);
        });
        main.io.out().print(text.endsWith("\n") ? text : text + "\n");
        return ExitCode.OK;
    }

    private static Optional<String> explanation(String typed) {
        String upper = typed.toUpperCase(Locale.ROOT);
        if (PROBLEM_CODES.contains(upper)) {
            try (InputStream in = ExplainCommand.class.getResourceAsStream("explain/" + upper + ".md")) {
                if (in != null) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // fall through to "unknown"
            }
            return Optional.empty();
        }
        return Code.parse(typed).map(c -> {
            String full = c.explanation();
            return full.equals(c.summary()) ? c.name() + " (" + c.severity().word() + "): " + c.summary() : full;
        });
    }
}
