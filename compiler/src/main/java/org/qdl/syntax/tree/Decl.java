package org.qdl.syntax.tree;

/** What a file may declare at its top level. */
public sealed interface Decl extends Node
        permits QualificationDecl, UnitEntry, GroupDecl, ScaleDecl, FrameworkDecl, ErrorNode {
}
