package org.siproc.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture of siproc-core holds on its production classes. */
class CoreArchitectureTest {
    private static final String ROOT = "org.siproc.core";
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void coreDependsOnlyOnAllowedLibraries() {
        CoreArchitectureRules.dependsOnlyOnAllowedLibraries(ROOT).check(core);
    }

    @Test
    void domainDoesNotDependOnApplicationRulesOrAdapters() {
        CoreArchitectureRules.domainDoesNotDependOnTheRest(ROOT).check(core);
    }

    @Test
    void nothingInCoreDependsOnAdapters() {
        CoreArchitectureRules.nothingDependsOnAdapters(ROOT).check(core);
    }

    @Test
    void portsDoNotDependOnServices() {
        CoreArchitectureRules.portsPointInward(ROOT).check(core);
    }

    @Test
    void packagesAreFreeOfCycles() {
        CoreArchitectureRules.noCycles(ROOT).check(core);
    }
}
