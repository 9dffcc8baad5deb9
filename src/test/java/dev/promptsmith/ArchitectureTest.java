package dev.promptsmith;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.promptsmith.prompt.PromptRenderer;
import dev.promptsmith.prompt.RenderException;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: ui and cli on top, shared at the bottom, no cycles between features. */
@AnalyzeClasses(packages = "dev.promptsmith", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nothingUsesTheUi = noClasses()
            .that().resideOutsideOfPackage("dev.promptsmith.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.promptsmith.ui..");

    @ArchTest
    static final ArchRule onlyTheApplicationStartsTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("dev.promptsmith.cli..")
            .and().doNotHaveFullyQualifiedName(PromptsmithApplication.class.getName())
            .should().dependOnClassesThat().resideInAPackage("dev.promptsmith.cli..");

    @ArchTest
    static final ArchRule sharedDependsOnNoFeature = noClasses()
            .that().resideInAPackage("dev.promptsmith.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.promptsmith.prompt..", "dev.promptsmith.model..", "dev.promptsmith.suite..",
                    "dev.promptsmith.check..", "dev.promptsmith.run..", "dev.promptsmith.suite..",
                    "dev.promptsmith.optimize..", "dev.promptsmith.exchange..", "dev.promptsmith.cli..",
                    "dev.promptsmith.ui..");

    @ArchTest
    static final ArchRule theWebGuardsStandAlone = noClasses()
            .that().resideInAPackage("dev.promptsmith.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.promptsmith.prompt..", "dev.promptsmith.model..", "dev.promptsmith.suite..",
                    "dev.promptsmith.check..", "dev.promptsmith.run..", "dev.promptsmith.suite..",
                    "dev.promptsmith.optimize..", "dev.promptsmith.exchange..", "dev.promptsmith.cli..",
                    "dev.promptsmith.ui..");

    @ArchTest
    static final ArchRule modelsDoNotNeedPrompts = noClasses()
            .that().resideInAPackage("dev.promptsmith.model..")
            .should().dependOnClassesThat().resideInAPackage("dev.promptsmith.prompt..");

    /** Checks fill a test's variables into their values with the prompts' template engine, and use nothing else of prompts. */
    @ArchTest
    static final ArchRule checksUseOnlyThePromptRenderer = noClasses()
            .that().resideInAPackage("dev.promptsmith.check..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.promptsmith.prompt..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(PromptRenderer.class,
                            RenderException.class))));

    /** Screens talk to the features' services, never to their stores. */
    @ArchTest
    static final ArchRule screensDoNotUseStores = noClasses()
            .that().resideInAPackage("dev.promptsmith.ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Store");

    @ArchTest
    static final ArchRule featuresDoNotUseVaadin = noClasses()
            .that().resideOutsideOfPackage("dev.promptsmith.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.promptsmith.(*)..").should().beFreeOfCycles();

    /**
     * Sub-packages too: a store, a cache, the JSON repair or the check types never reach back into the package
     * above them. The screens are left out: the main layout links to every screen and every screen sits in it.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenSubPackages = slices().matching("dev.promptsmith.(**)").should()
            .beFreeOfCycles()
            .ignoreDependency(resideInAPackage("dev.promptsmith.ui.."), DescribedPredicate.alwaysTrue());
}
