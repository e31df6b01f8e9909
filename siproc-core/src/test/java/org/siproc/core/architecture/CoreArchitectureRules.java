package org.siproc.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules of siproc-core, parameterised by the root package so that the same rules run on the real
 * code and on a fixture that breaks each of them on purpose (proving that every rule can fail).
 */
final class CoreArchitectureRules {
    private CoreArchitectureRules() {
    }

    /** Core depends on the JDK, Jakarta Bean Validation, SLF4J and JSpecify only. */
    static ArchRule dependsOnlyOnAllowedLibraries(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta.validation..", "org.slf4j..", "org.jspecify..", root + "..")
                .because("siproc-core is embeddable: no framework, persistence, PDF or CLI library");
    }

    /** The domain knows nothing of use cases, ports, profiles, rules or adapters. */
    static ArchRule domainDoesNotDependOnTheRest(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".adapter..", root + ".rules..")
                .because("the domain is the centre of the hexagon");
    }

    /** Nothing in core but its own wiring point depends on adapters. */
    static ArchRule nothingDependsOnAdapters(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..", root + ".profile..",
                        root + ".rules..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter..")
                .because("adapters plug into ports; the core never reaches for one");
    }

    /** Outbound ports do not depend on inbound ports or services; use cases do not depend on services. */
    static ArchRule portsPointInward(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..");
    }

    /** No cycles between the packages of core. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }
}
