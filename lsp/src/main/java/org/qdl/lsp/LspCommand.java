package org.qdl.lsp;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;

/** `qdl lsp`: the language server over stdin and stdout, until the client closes them or says exit. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the QDL language server over stdio (the Language Server Protocol), for editors: "
                + "diagnostics as you type, hover, go to definition, references, rename, completion, outline, "
                + "formatting, quick fixes and semantic tokens.",
            "An editor starts it; see docs/EDITOR.md."})
public final class LspCommand implements Callable<Integer> {
    // stdio is the only transport; the option is accepted because clients (vscode-languageclient among them) pass it
    @picocli.CommandLine.Option(names = "--stdio", description = "Talk over stdin and stdout (the default and only way).")
    boolean stdio;

    @Override
    public Integer call() throws InterruptedException {
        QdlLanguageServer server = new QdlLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, System.in, System.out);
        server.connect(launcher.getRemoteProxy());
        java.util.concurrent.Future<Void> listening = launcher.startListening();
        try {
            // whichever comes first: the client says exit, or it closes the connection
            return CompletableFuture.anyOf(server.exited(), CompletableFuture.runAsync(() -> {
                try {
                    listening.get();
                } catch (InterruptedException | ExecutionException e) {
                    Thread.currentThread().interrupt();
                }
            })).thenApply(code -> code instanceof Integer i ? i : 0).get();
        } catch (ExecutionException e) {
            return 0;
        } finally {
            listening.cancel(true);
        }
    }
}
