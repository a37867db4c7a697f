package org.qdl.web;

import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.words.ResultWords;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The entry point of qdl-engine.js. Starting it defines one global, {@code qdlEngine(irJson)}: it compiles the IR
 * (as `qdl eval` does) and returns a function {@code (choiceJson, includePlanned) -> resultJson}. Anything that
 * goes wrong comes back as {@code {"error": "..."}} for the page to show, never as an uncaught exception.
 */
public final class EngineScript {
    private EngineScript() {
    }

    public static void main(String[] args) {
        define(EngineScript::load);
    }

    private static Evaluate load(String irJson) {
        CompiledQualification q;
        ResultWords words;
        try {
            IrDocument ir = IrReader.read(BrowserTree.parse(irJson));
            q = CompiledQualification.compile(ir);
            words = ResultWords.of(ir);
        } catch (RuntimeException e) {
            String error = error("the qualification's rules cannot be read: " + e.getMessage());
            return (choice, planned) -> error;
        }
        return (choice, planned) -> {
            try {
                Tree given = BrowserTree.parse(choice);
                return ResultWriter.write(q.evaluate(ChoiceReader.read(given),
                        new EvaluationOptions(planned).withAdvice(true).on(ChoiceReader.on(given))), words);
            } catch (RuntimeException e) {
                return error("the choice cannot be checked: " + e.getMessage());
            }
        };
    }

    private static String error(String message) {
        return "{\"error\":" + ResultWriter.quote(message) + "}";
    }

    /** Compiles an IR: {@code qdlEngine(irJson)}. */
    @JSFunctor
    interface Load extends JSObject {
        Evaluate load(String irJson);
    }

    /** Evaluates a choice: {@code check(choiceJson, includePlanned)}. */
    @JSFunctor
    interface Evaluate extends JSObject {
        String evaluate(String choiceJson, boolean includePlanned);
    }

    @JSBody(params = "load", script = "globalThis.qdlEngine = load;")
    private static native void define(Load load);
}
