package org.siproc.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.contract.ContractFixtures.T0;
import static org.siproc.core.contract.ContractFixtures.TAPACHULA;
import static org.siproc.core.contract.ContractFixtures.auditEvent;
import static org.siproc.core.contract.ContractFixtures.newCase;
import static org.siproc.core.contract.ContractFixtures.number;
import static org.siproc.core.contract.ContractFixtures.person;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.person.Person;

/** Contract of the {@link org.siproc.core.application.port.out.Transactions} port, for every adapter. */
public abstract class TransactionsContract extends PortContract {

    @Test
    void keepsEverythingTheWorkWroteAndReturnsItsResult() {
        Person p = person("Ana", "Reyes", null);
        ProtectionCase c = newCase(number(TAPACHULA, 1), p.id(), T0);
        String result = tx(() -> {
            ports.persons().save(p);
            ports.cases().save(c);
            ports.auditTrail().record(auditEvent("REGISTERED", c.number().toString(), Map.of()));
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(tx(() -> ports.persons().findById(p.id()))).isPresent();
        assertThat(tx(() -> ports.cases().findByNumber(c.number()))).isPresent();
        assertThat(ports.auditEntries().get()).hasSize(1);
    }

    @Test
    void leavesNothingHalfWrittenWhenTheWorkFails() {
        Person p = person("Ana", "Reyes", null);
        ProtectionCase c = newCase(number(TAPACHULA, 2), p.id(), T0);
        assertThatThrownBy(() -> tx(() -> {
            ports.persons().save(p);
            ports.cases().save(c);
            ports.auditTrail().record(auditEvent("REGISTERED", c.number().toString(), Map.of()));
            throw new IllegalArgumentException("invalid narrative");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("invalid narrative");

        assertThat(tx(() -> ports.persons().findById(p.id()))).isEmpty();
        assertThat(tx(() -> ports.cases().findByNumber(c.number()))).isEmpty();
        assertThat(ports.auditEntries().get()).isEmpty();
    }

    @Test
    void nestedWorkJoinsTheOuterTransaction() {
        Person kept = person("Ana", "Reyes", null);
        Person inner = person("Luis", "Cruz", null);
        assertThatThrownBy(() -> txRun(() -> {
            ports.persons().save(kept);
            txRun(() -> ports.persons().save(inner));
            assertThat(ports.persons().findById(inner.id())).as("visible inside the outer transaction").isPresent();
            throw new IllegalStateException("outer fails after the inner work finished");
        })).hasMessageContaining("outer fails");

        assertThat(tx(() -> ports.persons().findById(kept.id()))).isEmpty();
        assertThat(tx(() -> ports.persons().findById(inner.id()))).isEmpty();
    }

    @Test
    void aFailureInNestedWorkRollsBackTheWholeUnit() {
        Person outer = person("Ana", "Reyes", null);
        assertThatThrownBy(() -> txRun(() -> {
            ports.persons().save(outer);
            txRun(() -> {
                throw new IllegalStateException("inner fails");
            });
        })).hasMessage("inner fails");
        assertThat(tx(() -> ports.persons().findById(outer.id()))).isEmpty();
    }
}
