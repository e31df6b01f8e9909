package org.siproc.web.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.shared.FieldViolation;
import org.siproc.core.domain.shared.InvalidCommandException;
import org.siproc.core.domain.shared.NotFoundException;
import org.siproc.core.domain.shared.SiprocException;
import org.siproc.core.domain.shared.VersionConflictException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Puts what the core refused next to the form field it concerns, in the user's language, so the page can be shown
 * again with the user's input kept. Access refusals and missing cases are not form errors: they go on to
 * {@link org.siproc.web.error.SiprocExceptionAdvice}.
 */
@Component
public class FormErrors {

    /** Core field paths that the forms name differently. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("caseType", "classification"), Map.entry("caseSubtype", "classification"),
            Map.entry("document.number", "person.documentNumber"), Map.entry("document.type", "person.documentType"),
            Map.entry("birthDate", "person.birthDate"), Map.entry("birthDate.estimatedAge", "person.estimatedAge"),
            Map.entry("origin.department", "person.originDepartment"),
            Map.entry("origin.municipality", "person.originMunicipality"),
            Map.entry("consents", "consentRegistration"), Map.entry("registration", "consentRegistration"),
            Map.entry("followUp.description", "description"), Map.entry("action.text", "text"),
            Map.entry("correctedText", "text"), Map.entry("dueAt", "dueDate"), Map.entry("occurredOn", "text"),
            Map.entry("followUp.outcome", "outcome"), Map.entry("incident.region", "incidentRegion"),
            Map.entry("incident.city", "incidentCity"), Map.entry("reporter.name", "reporterName"),
            Map.entry("priority", "priority"), Map.entry("referralId", "referralId"));

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Runs the use case; a refusal that concerns the form becomes field errors (or a global error) on
     * {@code errors} and the result is null, so the controller shows the form again.
     */
    public <T> @Nullable T attempt(BindingResult errors, Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (AccessDeniedException | NotFoundException e) {
            throw e;
        } catch (SiprocException e) {
            reject(errors, e);
            return null;
        }
    }

    void reject(BindingResult errors, SiprocException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof VersionConflictException) {
            errors.reject("SIPROC-0050", messages.getMessage("error.versionConflict", null, locale));
            return;
        }
        if (e instanceof InvalidCommandException invalid) {
            for (FieldViolation v : invalid.violations()) {
                rejectField(errors, v.field(), v.message());
            }
            return;
        }
        String field = e.field();
        if (field == null) {
            errors.reject(e.errorCode().code(), e.localizedMessage(locale));
        } else {
            rejectField(errors, field, e.localizedMessage(locale));
        }
    }

    private static void rejectField(BindingResult errors, String field, String message) {
        String name = formField(errors.getTarget(), field);
        if (name == null) {
            errors.reject("invalid", field + ": " + message);
        } else {
            errors.rejectValue(name, "invalid", message);
        }
    }

    /** The form's property for a core field path, or null when the form has none. */
    static @Nullable String formField(@Nullable Object form, String field) {
        if (form == null) {
            return null;
        }
        BeanWrapperImpl bean = new BeanWrapperImpl(form);
        String plain = field.replaceAll("\\[\\d+]", "");
        for (String candidate : new String[] {field, plain, ALIASES.getOrDefault(plain, ""),
                ALIASES.getOrDefault(plain.replaceFirst("^person\\.", ""), ""),
                plain.startsWith("person.documents") ? "person.documentNumber" : "",
                plain.startsWith("person.contacts") ? "person.phone" : "",
                plain.contains(".") ? plain.substring(plain.lastIndexOf('.') + 1) : ""}) {
            if (!candidate.isEmpty() && bean.isReadableProperty(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
