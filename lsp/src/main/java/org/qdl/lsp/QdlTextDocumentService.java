package org.qdl.lsp;

import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.qdl.model.Qualification;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.print.Printer;
import org.qdl.syntax.tree.SpecFile;

/**
 * The open documents and every request about them. Each change is analysed at once (full text sync) and its
 * diagnostics published; while the text does not parse, navigation answers from the last text that did.
 */
final class QdlTextDocumentService implements TextDocumentService {
    private final Map<String, Document> open = new ConcurrentHashMap<>();
    private volatile LanguageClient client;
    private final java.util.concurrent.ExecutorService parsing = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "qdl-lsp-parse");
                t.setDaemon(true);
                return t;
            });

    /** An open document: its path, its current analysis, and what the last parsed text gave. */
    private record Document(String uri, Path path, Analysis now, List<Occurrence> names, List<Occurrence> all,
            Optional<Qualification> qualification) {
    }

    void connect(LanguageClient newClient) {
        this.client = newClient;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        update(params.getTextDocument().getUri(), params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (!params.getContentChanges().isEmpty()) {
            String text = params.getContentChanges().get(params.getContentChanges().size() - 1).getText();
            update(params.getTextDocument().getUri(), text);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        open.remove(uri);
        if (client != null) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // every change is already analysed
    }

    private void update(String uri, String text) {
        try {
            analyse(uri, text);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in qdl, not in the spec: say so where the author looks, rather than leave old diagnostics
            if (client != null) {
                Diagnostic d = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
                        "internal error in qdl while checking this file: " + e
                                + " (this is a bug in qdl; `qdl check --debug FILE` shows where)",
                        DiagnosticSeverity.Error, "qdl");
                client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of(d)));
            }
        }
    }

    private void analyse(String uri, String text) {
        Path path = path(uri);
        // the tree for navigation is parsed on another core while the text is checked; the author sees the
        // diagnostics as soon as the check is done
        CompletableFuture<org.qdl.syntax.parse.ParseResult> tree = CompletableFuture.supplyAsync(
                () -> FrontEndAdapter.parse(path, text), parsing);
        org.qdl.check.Compilation checked = FrontEndAdapter.check(path, text);
        if (client != null) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics(path.toString(), checked)));
        }
        Analysis a = FrontEndAdapter.analyse(path, text, checked, tree.join());
        Document before = open.get(uri);
        List<Occurrence> names;
        List<Occurrence> all;
        if (a.tree().isPresent()) {
            names = Occurrences.of(a.tree().get());
            all = new ArrayList<>(names);
            for (SpecFile imported : a.imported()) {
                all.addAll(Occurrences.of(imported));
            }
        } else {
            names = before == null ? List.of() : before.names();
            all = before == null ? List.of() : before.all();
        }
        Optional<Qualification> q = a.qualification().isPresent() || before == null ? a.qualification()
                : before.qualification();
        open.put(uri, new Document(uri, path, a, names, all, q));
    }

    static Path path(String uri) {
        try {
            URI u = URI.create(uri);
            if ("file".equals(u.getScheme())) {
                return Path.of(u);
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a file URI: named by its last part below
        }
        return Path.of(uri.substring(uri.lastIndexOf('/') + 1).replace(':', '_')).toAbsolutePath();
    }

    private static List<Diagnostic> diagnostics(String here, org.qdl.check.Compilation checked) {
        List<Diagnostic> out = new ArrayList<>();
        for (org.qdl.diag.Diagnostic d : checked.diagnostics()) {
            boolean local = d.span().file().path().equals(here);
            Range range = local ? Positions.range(d.span()) : new Range(new Position(0, 0), new Position(0, 0));
            String message = local ? d.message()
                    : "in `" + d.span().file().path() + "` (line " + d.span().line() + "): " + d.message();
            Diagnostic lsp = new Diagnostic(range, message + (d.label().isEmpty() ? "" : " (" + d.label() + ")"),
                    d.isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "qdl", d.code().name());
            JsonObject data = new JsonObject();
            d.help().ifPresent(h -> data.addProperty("help", h));
            lsp.setData(data);
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (org.qdl.diag.Diagnostic.Note n : d.notes()) {
                related.add(new DiagnosticRelatedInformation(new Location(uriOf(n.span().file().path()),
                        Positions.range(n.span())), n.message()));
            }
            d.help().ifPresent(h -> related.add(new DiagnosticRelatedInformation(new Location(uriOf(here),
                    range), "help: " + h)));
            lsp.setRelatedInformation(related);
            out.add(lsp);
        }
        return out;
    }

    private static String uriOf(String path) {
        return Path.of(path).toUri().toString();
    }

    private String uriFor(Document d, Occurrence o) {
        String p = o.span().file().path();
        return p.equals(d.path().toString()) ? d.uri() : Path.of(p).toUri().toString();
    }

    private Optional<Document> document(String uri) {
        return Optional.ofNullable(open.get(uri));
    }

    private static Optional<Occurrence> at(Document d, Position p) {
        int offset = Positions.offset(d.now().source(), p);
        return d.names().stream().filter(o -> o.contains(offset)).findFirst();
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return CompletableFuture.supplyAsync(() -> document(params.getTextDocument().getUri()).flatMap(d -> {
            int offset = Positions.offset(d.now().source(), params.getPosition());
            Optional<String> text = at(d, params.getPosition()).flatMap(o -> Hovers.text(o, d.qualification()))
                    .or(() -> Hovers.ruleAt(offset, d.path().toString(), d.qualification()));
            return text.map(t -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, t)));
        }).orElse(null));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return CompletableFuture.supplyAsync(() -> {
            List<Location> out = new ArrayList<>();
            document(params.getTextDocument().getUri()).ifPresent(d -> at(d, params.getPosition()).ifPresent(o -> {
                if (o.kind() == Occurrence.Kind.IMPORT) {
                    d.now().tree().flatMap(t -> t.imports().stream().filter(i -> i.path().value().equals(o.name()))
                            .findFirst()).flatMap(i -> FrontEndAdapter.importTarget(d.path(), i))
                            .ifPresent(p -> out.add(new Location(p.toUri().toString(),
                                    new Range(new Position(0, 0), new Position(0, 0)))));
                    return;
                }
                d.all().stream().filter(x -> x.declaration() && x.sameSymbol(o))
                        .forEach(x -> out.add(new Location(uriFor(d, x), Positions.range(x.span()))));
            }));
            return Either.forLeft(out);
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return CompletableFuture.supplyAsync(() -> {
            List<Location> out = new ArrayList<>();
            boolean withDeclaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
            document(params.getTextDocument().getUri()).ifPresent(d -> at(d, params.getPosition()).ifPresent(o ->
                    d.all().stream().filter(x -> x.sameSymbol(o) && (withDeclaration || !x.declaration()))
                            .forEach(x -> out.add(new Location(uriFor(d, x), Positions.range(x.span()))))));
            return out;
        });
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return CompletableFuture.supplyAsync(() -> document(params.getTextDocument().getUri())
                .flatMap(d -> at(d, params.getPosition()))
                .filter(o -> o.kind() != Occurrence.Kind.IMPORT)
                .map(o -> Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forSecond(
                        new PrepareRenameResult(Positions.range(o.span()), o.name())))
                .orElse(null));
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return CompletableFuture.supplyAsync(() -> {
            String name = params.getNewName().strip();
            if (name.isEmpty() || !name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*")) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                        "`" + params.getNewName() + "` is not a name QDL accepts: letters, digits, `.`, `_`, `/`, `-`",
                        null));
            }
            Map<String, List<TextEdit>> changes = new HashMap<>();
            document(params.getTextDocument().getUri()).ifPresent(d -> at(d, params.getPosition())
                    .filter(o -> o.kind() != Occurrence.Kind.IMPORT).ifPresent(o ->
                            d.all().stream().filter(x -> x.sameSymbol(o)).forEach(x -> changes.computeIfAbsent(
                                    uriFor(d, x), k -> new ArrayList<>())
                                    .add(new TextEdit(Positions.range(x.span()), name)))));
            return new WorkspaceEdit(changes);
        });
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return CompletableFuture.supplyAsync(() -> {
            List<CompletionItem> items = document(params.getTextDocument().getUri()).map(d -> {
                SourceFile s = d.now().source();
                int offset = Positions.offset(s, params.getPosition());
                int lineStart = s.lineStart(params.getPosition().getLine() + 1);
                return Completions.at(s.text().substring(Math.min(lineStart, offset), offset), d.all());
            }).orElse(List.of());
            return Either.forLeft(items);
        });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return CompletableFuture.supplyAsync(() -> document(params.getTextDocument().getUri())
                .flatMap(d -> d.now().tree())
                .map(t -> Outline.of(t).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList())
                .orElse(List.of()));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return CompletableFuture.supplyAsync(() -> document(params.getTextDocument().getUri()).flatMap(d -> {
            SourceFile s = d.now().source();
            // a text that does not parse is left as it is: the printer needs the whole tree
            return d.now().tree().map(t -> {
                String formatted = Printer.print(t);
                if (formatted.equals(s.text())) {
                    return List.<TextEdit>of();
                }
                Range all = new Range(new Position(0, 0), Positions.position(s, s.text().length()));
                return List.of(new TextEdit(all, formatted));
            });
        }).orElse(List.of()));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return CompletableFuture.supplyAsync(() -> {
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            String uri = params.getTextDocument().getUri();
            document(uri).ifPresent(d -> params.getContext().getDiagnostics().forEach(diag ->
                    QuickFixes.of(uri, d.now().source(), diag).forEach(a -> out.add(Either.forRight(a)))));
            return out;
        });
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return CompletableFuture.supplyAsync(() -> new SemanticTokens(document(params.getTextDocument().getUri())
                .flatMap(d -> d.now().tree()).map(t -> SemanticTokenEncoder.encode(Occurrences.of(t)))
                .orElse(List.of())));
    }
}
