package org.qdl.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server driven through the protocol, as an editor drives it. */
class LspProtocolTest {
    private static final String SPEC = """
            qualification tidy "Tidy Award" {
              awarding body "QDL Tests"
              framework RQF
              level 2

              group core "Core units" {
                unit T1 "First unit" {
                  level 2
                  credit 5
                }
                unit T2 "Second unit" {
                  level 2
                  credit 10
                  overview "Deals with **difficult** customers; see *the guide* and note 3*."
                }
              }

              rules {
                core-rule: all units from group core
              }
            }
            """;

    @TempDir
    Path dir;
    LspSession lsp;
    String uri;

    @BeforeEach
    void start() throws Exception {
        lsp = new LspSession();
        Path file = dir.resolve("tidy.qdl");
        Files.writeString(file, SPEC);
        uri = file.toUri().toString();
    }

    @AfterEach
    void stop() {
        lsp.close();
    }

    private TextDocumentIdentifier doc() {
        return new TextDocumentIdentifier(uri);
    }

    /** The position of the n-th (0-based) occurrence of {@code text}, plus {@code into} characters. */
    private static Position at(String source, String text, int n, int into) {
        int offset = -1;
        for (int i = 0; i <= n; i++) {
            offset = source.indexOf(text, offset + 1);
        }
        String before = source.substring(0, offset + into);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, before.length() - before.lastIndexOf('\n') - 1);
    }

    @Test
    void announcesWhatItCanDo() throws Exception {
        InitializeResult r = lsp.initialize();
        assertThat(r.getCapabilities().getHoverProvider().getLeft()).isTrue();
        assertThat(r.getCapabilities().getDefinitionProvider().getLeft()).isTrue();
        assertThat(r.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes()).contains("class");
        assertThat(r.getServerInfo().getName()).isEqualTo("qdl");
    }

    @Test
    void diagnosticsAsYouTypeWithAQuickFixFromTheirHelp() throws Exception {
        lsp.initialize();
        assertThat(lsp.open(uri, SPEC).getDiagnostics()).isEmpty();
        String typo = SPEC.replace("from group core", "from group cor");
        PublishDiagnosticsParams published = lsp.change(uri, typo);
        assertThat(published.getDiagnostics()).hasSize(1);
        Diagnostic d = published.getDiagnostics().get(0);
        assertThat(d.getCode().getLeft()).startsWith("Q");
        assertThat(d.getMessage()).contains("`cor`");
        assertThat(d.getRange().getStart()).isEqualTo(at(typo, "cor\n", 0, 0));

        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = lsp.server.getTextDocumentService()
                .codeAction(new CodeActionParams(doc(), d.getRange(), new CodeActionContext(List.of(d))))
                .get(30, TimeUnit.SECONDS);
        assertThat(actions).hasSize(1);
        CodeAction fix = actions.get(0).getRight();
        assertThat(fix.getTitle()).isEqualTo("Replace with `core`");
        TextEdit edit = fix.getEdit().getChanges().get(uri).get(0);
        assertThat(edit.getNewText()).isEqualTo("core");
        assertThat(edit.getRange()).isEqualTo(d.getRange());

        assertThat(lsp.change(uri, SPEC).getDiagnostics()).isEmpty();
    }

    @Test
    void aMissingBraceIsFixedByAddingIt() throws Exception {
        lsp.initialize();
        String cut = SPEC.substring(0, SPEC.lastIndexOf('}'));
        List<Diagnostic> all = lsp.open(uri, cut).getDiagnostics();
        Diagnostic d = all.stream()
                .filter(x -> x.getMessage().contains("found the end of the file")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        CodeAction fix = lsp.server.getTextDocumentService()
                .codeAction(new CodeActionParams(doc(), d.getRange(), new CodeActionContext(List.of(d))))
                .get(30, TimeUnit.SECONDS).get(0).getRight();
        assertThat(fix.getTitle()).isEqualTo("Add the missing `}`");
        assertThat(fix.getEdit().getChanges().get(uri).get(0).getNewText()).isEqualTo("}\n");
    }

    @Test
    void hoverShowsAUnitsTitleLevelAndCreditsAndARuleInWords() throws Exception {
        lsp.initialize();
        lsp.open(uri, SPEC);
        Hover unit = lsp.server.getTextDocumentService().hover(new HoverParams(doc(), at(SPEC, "T2", 0, 1)))
                .get(30, TimeUnit.SECONDS);
        assertThat(unit.getContents().getRight().getValue()).contains("T2").contains("Second unit")
                .contains("level 2").contains("10 credits").contains("in group core")
                // emphasis as Markdown's, a lone asterisk escaped: never the spec's raw markers
                .contains("Deals with **difficult** customers; see _the guide_ and note 3\\*.");
        Hover rule = lsp.server.getTextDocumentService().hover(new HoverParams(doc(), at(SPEC, "all units", 0, 2)))
                .get(30, TimeUnit.SECONDS);
        assertThat(rule.getContents().getRight().getValue()).contains("core-rule").contains("all units");
    }

    @Test
    void definitionReferencesAndRenameOfAGroup() throws Exception {
        lsp.initialize();
        lsp.open(uri, SPEC);
        Position use = at(SPEC, "group core", 1, "group ".length());
        List<? extends Location> def = lsp.server.getTextDocumentService()
                .definition(new DefinitionParams(doc(), use)).get(30, TimeUnit.SECONDS).getLeft();
        assertThat(def).hasSize(1);
        assertThat(def.get(0).getRange().getStart()).isEqualTo(at(SPEC, "core", 0, 0));

        List<? extends Location> refs = lsp.server.getTextDocumentService()
                .references(new ReferenceParams(doc(), use, new ReferenceContext(true))).get(30, TimeUnit.SECONDS);
        assertThat(refs).hasSize(2);

        WorkspaceEdit rename = lsp.server.getTextDocumentService()
                .rename(new RenameParams(doc(), use, "mandatory")).get(30, TimeUnit.SECONDS);
        assertThat(rename.getChanges().get(uri)).hasSize(2).allMatch(e -> e.getNewText().equals("mandatory"));
    }

    @Test
    void completionOffersGroupsAfterGroupAndKeywordsElsewhere() throws Exception {
        lsp.initialize();
        String typing = SPEC.replace("all units from group core", "all units from group c");
        lsp.open(uri, typing);
        List<CompletionItem> groups = lsp.server.getTextDocumentService()
                .completion(new CompletionParams(doc(), at(typing, "group c\n", 0, "group c".length())))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertThat(groups).extracting(CompletionItem::getLabel).containsExactly("core");

        List<CompletionItem> anywhere = lsp.server.getTextDocumentService()
                .completion(new CompletionParams(doc(), at(typing, "  rules", 0, 2)))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertThat(anywhere).extracting(CompletionItem::getLabel).contains("qualification", "T1", "core");
    }

    @Test
    void outlineFormattingAndSemanticTokens() throws Exception {
        lsp.initialize();
        String untidy = SPEC.replace("  awarding body", "      awarding body");
        lsp.open(uri, untidy);
        List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = lsp.server
                .getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc())).get(30, TimeUnit.SECONDS);
        DocumentSymbol q = symbols.get(0).getRight();
        assertThat(q.getName()).isEqualTo("tidy");
        DocumentSymbol group = q.getChildren().stream().filter(s -> s.getName().equals("core")).findFirst()
                .orElseThrow();
        assertThat(group.getChildren()).extracting(DocumentSymbol::getName).containsExactly("T1", "T2");

        List<? extends TextEdit> format = lsp.server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(doc(), new FormattingOptions(2, true)))
                .get(30, TimeUnit.SECONDS);
        assertThat(format).hasSize(1);
        assertThat(format.get(0).getNewText()).isEqualTo(SPEC);

        SemanticTokens tokens = lsp.server.getTextDocumentService()
                .semanticTokensFull(new SemanticTokensParams(doc())).get(30, TimeUnit.SECONDS);
        // five integers a token: tidy, core, T1, T2, core-rule and the reference to core
        assertThat(tokens.getData()).hasSize(6 * 5);
    }

    @Test
    void definitionAndReferencesFollowImports() throws Exception {
        Files.writeString(dir.resolve("shared.qdl"), """
                scale passfail "Pass or fail" {
                  Fail < Pass
                  default Fail
                  achieved Pass or above
                }
                """);
        String spec = SPEC.replace("qualification tidy", "import \"shared.qdl\"\n\nqualification tidy")
                .replace("      credit 10\n", "      credit 10\n      grading scale passfail\n");
        Files.writeString(dir.resolve("tidy.qdl"), spec);
        lsp.initialize();
        assertThat(lsp.open(uri, spec).getDiagnostics()).isEmpty();
        String shared = dir.resolve("shared.qdl").toUri().toString();

        List<? extends Location> toFile = lsp.server.getTextDocumentService()
                .definition(new DefinitionParams(doc(), at(spec, "shared.qdl", 0, 2))).get(30, TimeUnit.SECONDS)
                .getLeft();
        assertThat(toFile).extracting(Location::getUri).containsExactly(shared);

        Position use = at(spec, "passfail", 0, 3);
        List<? extends Location> def = lsp.server.getTextDocumentService()
                .definition(new DefinitionParams(doc(), use)).get(30, TimeUnit.SECONDS).getLeft();
        assertThat(def).hasSize(1);
        assertThat(def.get(0).getUri()).isEqualTo(shared);
        assertThat(def.get(0).getRange().getStart()).isEqualTo(new Position(0, "scale ".length()));

        WorkspaceEdit rename = lsp.server.getTextDocumentService()
                .rename(new RenameParams(doc(), use, "pf")).get(30, TimeUnit.SECONDS);
        assertThat(rename.getChanges()).containsOnlyKeys(uri, shared);
    }

    @Test
    void aSeedSpecOpensCleanAndItsUnitsHover() throws Exception {
        lsp.initialize();
        Path svq = Path.of(System.getProperty("user.dir")).getParent().resolve("specs/svq-customer-service-scqf5.qdl");
        String text = Files.readString(svq);
        String svqUri = svq.toUri().toString();
        assertThat(lsp.open(svqUri, text).getDiagnostics()).isEmpty();
        Hover h = lsp.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(svqUri), at(text, "unit 4427-450", 0, 6)))
                .get(30, TimeUnit.SECONDS);
        assertThat(h.getContents().getRight().getValue()).contains("4427-450")
                .contains("Communicate in a customer service environment");
    }
}
