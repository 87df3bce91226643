package dev.devolve;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.devolve.internal.CompiledRules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The arrows between rules-core's packages run one way: no package depends on itself through
 * others, Drools is touched only where rules are compiled, run and checked, and the public API
 * reaches the internals through one class.
 */
@AnalyzeClasses(packages = "dev.devolve", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.devolve.(**)").should().beFreeOfCycles();

    /** internal.sandbox parses constraints and consequences with the Drools DRL and DRLX parsers. */
    @ArchTest
    static final ArchRule droolsOnlyWhereRulesAreCompiledRunAndChecked = noClasses()
            .that().resideOutsideOfPackages("dev.devolve.internal.drools..", "dev.devolve.internal.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..");

    @ArchTest
    static final ArchRule apiReachesInternalsOnlyThroughCompiledRules = noClasses()
            .that().resideInAPackage("dev.devolve.api..")
            .should().dependOnClassesThat(resideInAPackage("dev.devolve.internal..").and(not(equivalentTo(CompiledRules.class))));
}
