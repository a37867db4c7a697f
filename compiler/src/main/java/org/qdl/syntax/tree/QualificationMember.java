package org.qdl.syntax.tree;

/** What may appear inside `qualification ... { }`. */
public sealed interface QualificationMember extends Node
        permits Attribute, UnitEntry, GroupDecl, ScaleDecl, RulesBlock, PathwayDecl, GradingBlock, RequiresDecl,
            AttemptsBlock, GatewayBlock {
}
