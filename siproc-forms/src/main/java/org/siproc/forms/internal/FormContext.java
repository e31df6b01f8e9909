package org.siproc.forms.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.out.FormRenderer.FormRequest;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseAction;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.casefile.ReferralId;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.NotFoundException;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.Office;

/**
 * Everything one render reads, derived once from the request: the case, its persons by id, the office and its time
 * zone, the language and its fallbacks, the issue time, the referral of a letter, and what may be disclosed.
 * Formats dates and looks up words for the {@link Fields}. Used by one thread, for one render.
 */
public final class FormContext {

    /** Kinds of action that are visits (detention centre, hospital, shelter), for the visit report. */
    public static final EnumSet<ActionKind> VISITS =
            EnumSet.of(ActionKind.VISIT_DETENTION_CENTRE, ActionKind.VISIT_HOSPITAL, ActionKind.VISIT_SHELTER);

    private static final Map<Locale, DateTimeFormatter[]> FORMATTERS = new ConcurrentHashMap<>();

    private final ProtectionCase.Snapshot protectionCase;
    private final Map<PersonId, Person> persons;
    private final @Nullable Person mainPerson;
    private final CountryProfile profile;
    private final @Nullable Office office;
    private final ZoneId zone;
    private final Locale locale;
    private final List<String> fallbacks;
    private final Instant issuedAt;
    private final @Nullable Referral referral;
    private final int referralIndex;
    private final Template template;
    private final String formCode;
    private final Disclosure disclosure;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    public FormContext(FormRequest request, Template template, Instant issuedAt) {
        this.protectionCase = request.protectionCase();
        this.persons = new LinkedHashMap<>();
        request.persons().forEach(p -> persons.put(p.id(), p));
        this.mainPerson = protectionCase.persons().stream().map(persons::get).filter(p -> p != null).findFirst()
                .orElse(request.persons().isEmpty() ? null : request.persons().get(0));
        this.profile = request.profile();
        this.office = profile.office(protectionCase.office()).orElse(null);
        this.zone = office != null ? office.timeZone() : ZoneOffset.UTC;
        this.locale = request.locale();
        List<String> languages = new ArrayList<>(profile.languages());
        languages.remove(locale.getLanguage());
        this.fallbacks = List.copyOf(languages);
        this.issuedAt = issuedAt;
        this.template = template;
        this.formCode = request.form().strip().toUpperCase(Locale.ROOT);
        Referral found = null;
        int index = 0;
        if (request.referral() != null) {
            ReferralId id = request.referral();
            List<Referral> referrals = protectionCase.referrals();
            for (int i = 0; i < referrals.size(); i++) {
                if (referrals.get(i).id().equals(id)) {
                    found = referrals.get(i);
                    index = i + 1;
                }
            }
            if (found == null) {
                throw new NotFoundException(ErrorCode.REFERRAL_NOT_FOUND, "referral", id);
            }
        }
        this.referral = found;
        this.referralIndex = index;
        this.disclosure = Disclosure.of(template.perReferral(), found == null ? null : found.sharedData(),
                request.sensitiveAllowed());
        DateTimeFormatter[] formats = FORMATTERS.computeIfAbsent(locale, l -> new DateTimeFormatter[] {
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l),
                DateTimeFormatter.ofPattern("HH:mm", l)});
        this.dateFormat = formats[0];
        this.dateTimeFormat = formats[1];
    }

    public ProtectionCase.Snapshot protectionCase() {
        return protectionCase;
    }

    public @Nullable Person person(PersonId id) {
        return persons.get(id);
    }

    /** The persons of the case that the request carried, main person first. */
    public List<Person> persons() {
        List<Person> result = new ArrayList<>();
        protectionCase.persons().forEach(id -> {
            Person p = persons.get(id);
            if (p != null) {
                result.add(p);
            }
        });
        return result;
    }

    public CountryProfile profile() {
        return profile;
    }

    public @Nullable Office office() {
        return office;
    }

    public Template template() {
        return template;
    }

    /** The form's code as the request named it: the template's own code, or one of its aliases. */
    public String formCode() {
        return formCode;
    }

    public Disclosure disclosure() {
        return disclosure;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** The issue day in the office's time zone: ages are counted on it. */
    public LocalDate today() {
        return issuedAt.atZone(zone).toLocalDate();
    }

    /** The day flags are derived on, as core does: the incident date, else the registration day. */
    public LocalDate flagDay() {
        LocalDate incident = protectionCase.incident().date();
        return incident != null ? incident : protectionCase.registeredAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /** The profile's other languages, in order: where a missing word is looked up next. */
    public List<String> fallbacks() {
        return fallbacks;
    }

    /** The top-level binding: main person, the letter's referral, the latest visit. */
    public Binding topBinding() {
        CaseAction visit = null;
        for (CaseAction a : protectionCase.actions()) {
            if (VISITS.contains(a.kind()) && (visit == null || !a.occurredOn().isBefore(visit.occurredOn()))) {
                visit = a;
            }
        }
        return Binding.top(mainPerson, referral, visit);
    }

    /** The 1-based position of a referral among the case's referrals (for the letter number). */
    public int referralNumber(Referral r) {
        if (r == referral) {
            return referralIndex;
        }
        List<Referral> referrals = protectionCase.referrals();
        for (int i = 0; i < referrals.size(); i++) {
            if (referrals.get(i).id().equals(r.id())) {
                return i + 1;
            }
        }
        return 0;
    }

    public String date(LocalDate date) {
        return dateFormat.format(date);
    }

    public String date(Instant instant) {
        return dateFormat.format(instant.atZone(zone).toLocalDate());
    }

    public String dateTime(Instant instant) {
        var local = instant.atZone(zone);
        return dateFormat.format(local.toLocalDate()) + " " + dateTimeFormat.format(local);
    }

    /** The vocabulary word, with {0}, {1} ... replaced by {@code args}; {@code fallback} when the word is unknown. */
    public String word(String key, String fallback, Object... args) {
        String word = template.vocabulary().word(key, language(), fallbacks);
        String text = word != null ? word : fallback;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The label of a coded value ({@code sex.F}), or the code in words when the vocabulary lacks it. */
    public String label(String group, Enum<?> value) {
        return word(group + "." + value.name(), value.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** A country's name in the reader's language ("México"), from its ISO code. */
    public String countryName(CountryCode country) {
        @SuppressWarnings("deprecation")
        String name = new Locale("", country.value()).getDisplayCountry(locale);
        return name.isBlank() || name.equals(country.value()) ? country.value() : name;
    }
}
