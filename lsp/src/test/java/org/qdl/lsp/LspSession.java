package org.qdl.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A client talking to a real server through LSP4J's launchers over a pair of pipes: every request and
 * notification goes through JSON-RPC, as from an editor.
 */
final class LspSession implements AutoCloseable {
    final LanguageServer server;
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    private final java.util.concurrent.Future<Void> serverLoop;
    private final java.util.concurrent.Future<Void> clientLoop;
    private int version = 1;

    LspSession() {
        try {
            // NIO pipes: java.io's piped streams fail when a thread that wrote has ended, as pool threads do
            Pipe toServer = Pipe.open();
            Pipe toClient = Pipe.open();
            InputStream serverIn = Channels.newInputStream(toServer.source());
            OutputStream clientOut = Channels.newOutputStream(toServer.sink());
            InputStream clientIn = Channels.newInputStream(toClient.source());
            OutputStream serverOut = Channels.newOutputStream(toClient.sink());
            QdlLanguageServer real = new QdlLanguageServer();
            Launcher<LanguageClient> s = LSPLauncher.createServerLauncher(real, serverIn, serverOut);
            real.connect(s.getRemoteProxy());
            Launcher<LanguageServer> c = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
            serverLoop = s.startListening();
            clientLoop = c.startListening();
            server = c.getRemoteProxy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InitializeResult initialize() throws Exception {
        InitializeResult r = server.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS);
        server.initialized(new org.eclipse.lsp4j.InitializedParams());
        return r;
    }

    PublishDiagnosticsParams open(String uri, String text) throws Exception {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "qdl", version++, text)));
        return nextDiagnostics();
    }

    PublishDiagnosticsParams change(String uri, String text) throws Exception {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version++), List.of(new TextDocumentContentChangeEvent(text))));
        return nextDiagnostics();
    }

    PublishDiagnosticsParams nextDiagnostics() throws InterruptedException {
        PublishDiagnosticsParams p = diagnostics.poll(30, TimeUnit.SECONDS);
        if (p == null) {
            throw new AssertionError("no diagnostics published within 30 s");
        }
        return p;
    }

    @Override
    public void close() {
        serverLoop.cancel(true);
        clientLoop.cancel(true);
    }

    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
