package org.qdl.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's shape, kept by the build: the parser package is the only code that knows ANTLR, and the
 * runtime (the engine centres embed) knows nothing of the compiler.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qdl");

    @Test
    void onlyTheParserPackageUsesAntlrOrTheGeneratedParser() {
        noClasses().that().resideOutsideOfPackages("org.qdl.syntax.parse..", "org.qdl.grammar..")
                .should().dependOnClassesThat().resideInAnyPackage("org.antlr..", "org.qdl.grammar..")
                .because("the AST builder and its driver turn ANTLR's tree into the AST; nothing else sees it")
                .check(CLASSES);
    }

    @Test
    void theRuntimeDependsOnNothingOfTheCompiler() {
        noClasses().that().resideInAPackage("org.qdl.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qdl.syntax..", "org.qdl.check..",
                        "org.qdl.diag..", "org.qdl.model..", "org.qdl.lower..", "org.qdl.prove..", "org.qdl.emit..",
                        "org.qdl.cli..", "org.qdl.grammar..")
                .because("the runtime evaluates the IR and is embedded without the compiler")
                .check(CLASSES);
    }

    @Test
    void theRuntimeUsesNoParserTemplateOrCommandLineLibrary() {
        noClasses().that().resideInAPackage("org.qdl.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("org.antlr..", "freemarker..", "picocli..")
                .because("the runtime depends on Jackson only")
                .check(CLASSES);
    }

    @Test
    void theSyntaxTreeAndTheModelKnowNothingDownstream() {
        noClasses().that().resideInAnyPackage("org.qdl.syntax..", "org.qdl.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qdl.check..", "org.qdl.lower..",
                        "org.qdl.prove..", "org.qdl.emit..", "org.qdl.cli..", "org.qdl.runtime..")
                .because("data flows one way: syntax, then check, then emit, then run")
                .check(CLASSES);
    }

    @Test
    void checkingKnowsNothingOfLoweringOrEmitting() {
        noClasses().that().resideInAPackage("org.qdl.check..")
                .and().doNotHaveSimpleName("Frontend")
                .should().dependOnClassesThat().resideInAnyPackage("org.qdl.lower..", "org.qdl.prove..",
                        "org.qdl.emit..", "org.qdl.runtime.engine..")
                .because("the checker names and types the spec; what rules mean is lowering's alone, and the "
                        + "Frontend only chains the phases")
                .check(CLASSES);
    }

    @Test
    void theWordsDependOnTheJdkAndTheRuntimeAlone() {
        classes().that().resideInAPackage("org.qdl.runtime.words..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.qdl.runtime.words..", "org.qdl.runtime..")
                .because("one renderer words the engine's facts for the terminal, the handbook and a browser, where"
                        + " it is compiled to JavaScript with the engine")
                .check(CLASSES);
    }

    @Test
    void loweringAndTheProofDoNotEmitOrReadTheSyntax() {
        noClasses().that().resideInAnyPackage("org.qdl.lower..", "org.qdl.prove..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qdl.emit..", "org.qdl.cli..",
                        "org.qdl.syntax.tree..", "org.qdl.syntax.parse..", "org.qdl.check..")
                .because("lowering reads the checked model only; the proof runs the engine on what lowering made")
                .check(CLASSES);
    }

    @Test
    void loweringIsTheOnlyCompilerCodeThatBuildsRules() {
        noClasses().that().resideOutsideOfPackages("org.qdl.lower..", "org.qdl.runtime..", "org.qdl.web..")
                .should().callConstructor(org.qdl.runtime.ir.IrRule.class, String.class, String.class, String.class,
                        org.qdl.runtime.ir.IrRule.Counting.class, org.qdl.runtime.ir.IrRule.IrScope.class,
                        java.util.List.class, org.qdl.runtime.ir.IrRule.IrLevelFilter.class,
                        org.qdl.runtime.ir.IrRule.IrBounds.class, org.qdl.runtime.ir.IrRule.IrBounds.class,
                        java.util.List.class, boolean.class, org.qdl.runtime.ir.IrSource.class)
                .because("lowering is the one place that decides what a rule means (the web engine's IrReader only "
                        + "reads an IR lowering wrote, as IrJson does)")
                .check(CLASSES);
    }

    @Test
    void theEngineCoreDependsOnTheJdkAlone() {
        noClasses().that().resideInAnyPackage("org.qdl.runtime.engine..", "org.qdl.runtime.result..",
                        "org.qdl.runtime.candidate..", "org.qdl.runtime.text..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.qdl.runtime.ir.IrJson")
                .because("the engine runs anywhere, the browser included; Jackson only reads the IR")
                .check(CLASSES);
    }

    @Test
    void theEngineReportsFactsNotSentences() {
        noFields().that().areDeclaredInClassesThat().resideInAnyPackage("org.qdl.runtime.engine..",
                        "org.qdl.runtime.result..")
                .and().haveNameMatching("(?i).*(message|text|words|sentence).*")
                .should().haveRawType(String.class)
                .because("the engine's results are ids, numbers, units and enums; org.qdl.runtime.words words them")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.qdl.runtime.engine..", "org.qdl.runtime.result..",
                        "org.qdl.runtime.text..")
                .should().dependOnClassesThat().areAssignableTo(StringBuilder.class)
                .orShould().callMethod(String.class, "join", CharSequence.class, Iterable.class)
                .orShould().callMethod(String.class, "join", CharSequence.class, CharSequence[].class)
                .because("sentences are built in org.qdl.runtime.words, not in the engine")
                .check(CLASSES);
    }
}
