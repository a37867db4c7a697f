package org.qdl.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.qdl.syntax.tree.Decl;
import org.qdl.syntax.tree.FrameworkDecl;
import org.qdl.syntax.tree.GroupDecl;
import org.qdl.syntax.tree.GroupMember;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.QualificationDecl;
import org.qdl.syntax.tree.QualificationMember;
import org.qdl.syntax.tree.RuleNode;
import org.qdl.syntax.tree.RulesBlock;
import org.qdl.syntax.tree.ScaleDecl;
import org.qdl.syntax.tree.SpecFile;
import org.qdl.syntax.tree.UnitEntry;

/** The document's outline: the qualification, its groups with their units, its scales and its rules. */
final class Outline {
    private Outline() {
    }

    static List<DocumentSymbol> of(SpecFile file) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (Decl d : file.declarations()) {
            if (d instanceof QualificationDecl q) {
                DocumentSymbol s = symbol(q.name(), q.title().map(t -> t.value()).orElse(""), SymbolKind.Namespace, q);
                List<DocumentSymbol> children = new ArrayList<>();
                for (QualificationMember m : q.members()) {
                    member(m, children);
                }
                s.setChildren(children);
                out.add(s);
            } else if (d instanceof FrameworkDecl f) {
                out.add(symbol(f.name(), "framework", SymbolKind.Struct, f));
            } else if (d instanceof QualificationMember m) {
                member(m, out);
            }
        }
        return out;
    }

    private static void member(QualificationMember m, List<DocumentSymbol> out) {
        if (m instanceof GroupDecl g) {
            DocumentSymbol s = symbol(g.name(), g.title().map(t -> t.value()).orElse("group"), SymbolKind.Module, g);
            List<DocumentSymbol> units = new ArrayList<>();
            for (GroupMember gm : g.members()) {
                if (gm instanceof UnitEntry.UnitDecl u) {
                    units.add(symbol(u.ref(), u.title().value(), SymbolKind.Class, u));
                }
            }
            s.setChildren(units);
            out.add(s);
        } else if (m instanceof ScaleDecl sc) {
            out.add(symbol(sc.name(), sc.title().map(t -> t.value()).orElse("scale"), SymbolKind.Enum, sc));
        } else if (m instanceof UnitEntry.UnitDecl u) {
            out.add(symbol(u.ref(), u.title().value(), SymbolKind.Class, u));
        } else if (m instanceof RulesBlock rules) {
            DocumentSymbol s = new DocumentSymbol("rules", SymbolKind.Array, Positions.range(rules.span()),
                    Positions.range(rules.span()));
            List<DocumentSymbol> children = new ArrayList<>();
            for (RuleNode r : rules.rules()) {
                r.label().ifPresent(l -> children.add(symbol(l, "rule", SymbolKind.Property, r)));
            }
            s.setChildren(children);
            out.add(s);
        }
    }

    private static DocumentSymbol symbol(Name name, String detail, SymbolKind kind, org.qdl.syntax.tree.Node whole) {
        DocumentSymbol s = new DocumentSymbol(name.text(), kind, Positions.range(whole.span()),
                Positions.range(name.span()));
        s.setDetail(detail);
        return s;
    }
}
