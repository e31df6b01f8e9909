package org.siproc.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule, run on a fixture package ({@code org.siproc.archfixture.core}) that breaks it on purpose,
 * reports a violation: a rule that points at nothing would pass forever.
 */
class CoreArchitectureRulesCanFailTest {
    private static final String FIXTURE = "org.siproc.archfixture.core";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    private static void assertFails(ArchRule rule, String offendingClass) {
        var result = rule.evaluate(fixture);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains(offendingClass));
    }

    @Test
    void forbiddenLibraryIsReported() {
        assertFails(CoreArchitectureRules.dependsOnlyOnAllowedLibraries(FIXTURE), "UsesAForbiddenLibrary");
    }

    @Test
    void domainReachingForApplicationIsReported() {
        assertFails(CoreArchitectureRules.domainDoesNotDependOnTheRest(FIXTURE), "DomainReachingForAService");
    }

    @Test
    void dependencyOnAnAdapterIsReported() {
        assertFails(CoreArchitectureRules.nothingDependsOnAdapters(FIXTURE), "ServiceReachingForAnAdapter");
    }

    @Test
    void portDependingOnAServiceIsReported() {
        assertFails(CoreArchitectureRules.portsPointInward(FIXTURE), "PortReachingForAService");
    }

    @Test
    void cycleIsReported() {
        assertFails(CoreArchitectureRules.noCycles(FIXTURE), "cycle");
    }
}
