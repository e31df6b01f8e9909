package org.siproc.core.application.service;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.Office;
import org.siproc.core.rules.CaseFacts;
import org.siproc.core.rules.RuleEvaluation;

/** Builds the view of a case for one actor: sensitive fields only on need-to-know, the transitions the actor may make. */
final class CaseViews {
    private final AccessPolicy policy;
    private final CountryProfile profile;

    CaseViews(AccessPolicy policy, CountryProfile profile) {
        this.policy = policy;
        this.profile = profile;
    }

    CaseView view(Actor actor, ProtectionCase c, List<Person> people) {
        boolean sensitive = policy.mayReadSensitive(actor, c.office(), c.assignee(), c.registeredBy());
        Map<PersonId, Person> byId = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<CaseView.PersonView> personViews = c.persons().stream().filter(byId::containsKey)
                .map(id -> personView(byId.get(id), c, sensitive)).toList();
        return new CaseView(c.number(), c.version(), c.office(), c.status(), c.classification(), c.priority(),
                c.assignee() == null ? null : c.assignee().value(), c.registeredAt(), c.registeredBy().value(),
                c.reporter(), c.channel(), c.incident(), sensitive ? c.narrative() : null, personViews, c.actions(),
                c.followUps(), c.referrals().stream().map(CaseView.ReferralView::of).toList(), c.history(),
                c.consents(), c.attachments(), c.circumstances(), requiredForms(c, people),
                allowedTransitions(actor, c), !sensitive);
    }

    /**
     * The forms the profile's form rules require for the case as it is now: the rules see the same facts as at
     * registration (classification, the persons' flags and ages on the incident day, incident, channel, recorded
     * circumstances), so a later change of classification or persons changes the forms too.
     */
    List<RuleEvaluation.RequiredForm> requiredForms(ProtectionCase c, List<Person> people) {
        ZoneId zone = profile.office(c.office()).map(Office::timeZone).orElse(ZoneOffset.UTC);
        List<Person> ofCase = people.stream().filter(p -> c.persons().contains(p.id())).toList();
        CaseFacts facts = CaseFacts.derive(c.classification(), ofCase, c.incident().date(), c.incident().country(),
                c.registeredAt(), zone, c.channel(), c.circumstances());
        return profile.rules().evaluate(facts).forms();
    }

    Set<CaseStatus> allowedTransitions(Actor actor, ProtectionCase c) {
        Set<CaseStatus> allowed = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus target : c.status().next()) {
            if (policy.allows(actor, requiredPermission(target), c.office())) {
                allowed.add(target);
            }
        }
        return allowed;
    }

    /** Closing, reopening and archiving need the consul's or headquarters' approval; the rest is case work. */
    static Permission requiredPermission(CaseStatus target) {
        return switch (target) {
            case CLOSED, REOPENED, ARCHIVED -> Permission.APPROVE_CLOSURE;
            default -> Permission.WORK_ON_CASE;
        };
    }

    private static CaseView.PersonView personView(Person p, ProtectionCase c, boolean sensitive) {
        Set<VulnerabilityFlag> flags = new LinkedHashSet<>(p.flagsOn(
                c.incident().date() != null ? c.incident().date() : c.registeredAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()));
        if (!sensitive) {
            flags.removeIf(VulnerabilityFlag::sensitive);
        }
        return new CaseView.PersonView(p.id(), p.name().fullName(), p.name().givenNames(), p.name().firstSurname(),
                p.name().secondSurname(), p.birthDate(), p.sex(),
                p.nationality() == null ? null : p.nationality().value(), p.documents(), p.origin(), p.contacts(),
                p.relatives(), flags, sensitive ? p.genderIdentity() : null, sensitive ? p.ethnicity() : null);
    }
}
