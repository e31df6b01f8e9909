package org.siproc.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web layer calls use cases, never storage: controllers do not reach the outbound storage ports, core's
 * services or adapters, or the persistence module; only the one wiring point touches the adapters.
 */
class WebArchitectureTest {

    private final JavaClasses web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.siproc.web");

    @Test
    void controllersCallUseCasesNeverStorage() {
        noClasses().that().resideInAnyPackage("org.siproc.web.api..", "org.siproc.web.ui..", "org.siproc.web.error..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.siproc.core.application.port.out.ProtectionCases")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.siproc.core.application.port.out.Persons")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.siproc.core.application.port.out.AuditTrail")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.siproc.core.application.port.out.Transactions")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.siproc.core.application.service..",
                        "org.siproc.core.adapter..", "org.siproc.persistence..")
                .check(web);
    }

    @Test
    void onlyTheWiringPointTouchesTheAdapters() {
        noClasses().that().resideOutsideOfPackage("org.siproc.web")
                .should().dependOnClassesThat().resideInAnyPackage("org.siproc.core.adapter..", "org.siproc.persistence..")
                .check(web);
    }
}
