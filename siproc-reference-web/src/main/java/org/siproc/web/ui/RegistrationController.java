package org.siproc.web.ui;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.DuplicateCandidate;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RegisterCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.person.Contact;
import org.siproc.core.profile.CountryProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Registers a person and a case in one page that works on a phone: "check for duplicates" shows the persons who may
 * be the same before anything is saved; "register" saves and opens the case with its priority and suggested
 * referrals.
 */
@Controller
class RegistrationController {

    private final SiprocCore core;
    private final CountryProfile profile;
    private final FormErrors formErrors;

    RegistrationController(SiprocCore core, CountryProfile profile, FormErrors formErrors) {
        this.core = core;
        this.profile = profile;
        this.formErrors = formErrors;
    }

    @GetMapping("/cases/new")
    String form(Actor actor, Model model) {
        RegistrationForm form = new RegistrationForm();
        form.setOffice(actor.office() == null ? null : actor.office().value());
        model.addAttribute("registration", form);
        return "register";
    }

    @PostMapping("/cases/new")
    String submit(Actor actor, @ModelAttribute("registration") RegistrationForm form, BindingResult errors,
                  @RequestParam(defaultValue = "save") String step, Model model) {
        if (errors.hasErrors()) {
            return "register";
        }
        if (step.equals("check")) {
            List<DuplicateCandidate> candidates = formErrors.attempt(errors,
                    () -> core.registerCase().findDuplicates(actor, person(form)));
            form.setDuplicatesChecked(true);
            model.addAttribute("candidates", candidates == null ? List.of() : candidates);
            return "register";
        }
        RegistrationResult result = formErrors.attempt(errors, () -> core.registerCase().register(actor, command(form)));
        if (result == null) {
            return "register";
        }
        return "redirect:/cases/" + result.caseNumber() + "?registered";
    }

    private PersonData person(RegistrationForm form) {
        PersonForm p = form.getPerson();
        String country = profile.country().value();
        List<PersonData.DocumentData> documents = blank(p.getDocumentNumber()) ? List.of()
                : List.of(new PersonData.DocumentData(p.getDocumentType() == null ? "" : p.getDocumentType(),
                p.getDocumentNumber(), country));
        List<PersonData.ContactData> contacts = blank(p.getPhone()) ? List.of()
                : List.of(new PersonData.ContactData(Contact.Kind.PHONE, p.getPhone()));
        return new PersonData(trim(p.getGivenNames()), trim(p.getFirstSurname()), trim(p.getSecondSurname()), null,
                p.getBirthDate(), null, p.getEstimatedAge(), p.getSex(), null, country, documents, country,
                trim(p.getOriginDepartment()), trim(p.getOriginMunicipality()), contacts, List.of(),
                List.of("es"), null, p.getFlags());
    }

    private RegisterCaseCommand command(RegistrationForm form) {
        String classification = form.getClassification() == null ? "/" : form.getClassification();
        String type = classification.contains("/") ? classification.substring(0, classification.indexOf('/')) : "";
        String subtype = classification.contains("/") ? classification.substring(classification.indexOf('/') + 1) : "";
        boolean existing = !blank(form.getExistingPersonId());
        return new RegisterCaseCommand(form.getOffice() == null ? "" : form.getOffice(),
                existing ? null : person(form), existing ? form.getExistingPersonId() : null, form.getReporterKind(),
                trim(form.getReporterName()), trim(form.getReporterContact()), form.getChannel(),
                form.getIncidentDate(), form.getIncidentCountry(), trim(form.getIncidentRegion()),
                trim(form.getIncidentCity()), form.getNarrative() == null ? "" : form.getNarrative(), type, subtype,
                consents(form)).withCircumstances(form.getCircumstances());
    }

    private static List<RegisterCaseCommand.ConsentData> consents(RegistrationForm form) {
        List<RegisterCaseCommand.ConsentData> consents = new ArrayList<>();
        SharingBasis basis = form.getLegalBasis();
        consent(consents, ConsentPurpose.REGISTRATION, form.isConsentRegistration(), basis);
        consent(consents, ConsentPurpose.REFERRAL, form.isConsentReferral(), basis);
        consent(consents, ConsentPurpose.STATISTICS, form.isConsentStatistics(), null);
        return consents;
    }

    /** Consent given; or, when the person could not consent, the legal basis the officer chose. */
    private static void consent(List<RegisterCaseCommand.ConsentData> consents, ConsentPurpose purpose, boolean given,
                                @Nullable SharingBasis basis) {
        if (given) {
            consents.add(RegisterCaseCommand.ConsentData.given(purpose));
        } else if (basis != null && basis != SharingBasis.CONSENT) {
            consents.add(new RegisterCaseCommand.ConsentData(purpose, Consent.State.GIVEN, basis, null));
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String trim(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }
}
