package org.sendclock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules the code is built to, checked on every build (main code only, tests may do as they need):
 * <ul>
 *   <li>only {@code engine} talks to Camunda, so a move to another engine (Operaton) stays in one package (ADR 12);</li>
 *   <li>the top-level packages do not depend on each other in a circle;</li>
 *   <li>the statutory calendar ({@code deadline}) is plain Java: no Spring, no Camunda, nothing else of ours.</li>
 * </ul>
 * ArchUnit reads the compiled classes, so a compile-time constant ({@code static final String}) used from another
 * package is copied into the class that uses it and is no dependency here.
 */
@AnalyzeClasses(packages = "org.sendclock", importOptions = ImportOption.DoNotIncludeTests.class)
class HouseRulesTest {

    @ArchTest
    static final ArchRule onlyTheEnginePackageUsesCamunda = noClasses()
            .that().resideOutsideOfPackage("org.sendclock.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("Camunda stays behind the engine package (docs/adr/0012), so a move to Operaton is mechanical");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.sendclock.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theCalendarIsPlainJava = noClasses()
            .that().resideInAPackage("org.sendclock.deadline..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..")
            .orShould().dependOnClassesThat(DescribedPredicate.describe(
                    "are in another package of org.sendclock",
                    c -> c.getPackageName().startsWith("org.sendclock.")
                            && !c.getPackageName().equals("org.sendclock.deadline")
                            && !c.getPackageName().startsWith("org.sendclock.deadline.")))
            .because("the statutory calendar is pure Java: it computes dates from dates");
}
