package org.siproc.web.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidCommandException;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.NotFoundException;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.domain.shared.SiprocException;
import org.siproc.core.domain.shared.VersionConflictException;
import org.siproc.web.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where errors become answers. A {@link SiprocException} keeps its stable code, field and message
 * in the user's language: as {@code application/problem+json} under {@code /api/}, as an error page otherwise
 * (forms catch field errors before, see {@code org.siproc.web.ui.FormErrors}). Nothing else ever shows a stack trace:
 * an unexpected error is logged with an id and answered with that id only.
 *
 * <p>A case of another office is answered {@code 404}, exactly like a case that does not exist, so that the
 * answer does not reveal that the case exists ({@code docs/api.md}); a role that may never do the operation gets
 * {@code 403}.
 */
@ControllerAdvice
public class SiprocExceptionAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(SiprocExceptionAdvice.class);
    private static final Pattern ONE_CASE = Pattern.compile(".*/cases/[A-Za-z]{2}-[A-Za-z0-9]+-\\d{4}-\\d+(/.*)?");

    private final MessageSource messages;

    public SiprocExceptionAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SiprocException.class)
    Object siproc(SiprocException e, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof AccessDeniedException denied && hidesExistence(denied, request)) {
            String number = caseNumberOf(request);
            return answer(request, response, HttpStatus.NOT_FOUND, ErrorCode.CASE_NOT_FOUND.code(), "caseNumber",
                    messages.getMessage("error.caseNotFound", new Object[] {number}, locale), List.of(), Map.of());
        }
        HttpStatus status = statusOf(e);
        List<Map<String, String>> violations = e instanceof InvalidCommandException invalid
                ? invalid.violations().stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList()
                : e.field() == null ? List.of() : List.of(Map.of("field", e.field(), "message", e.localizedMessage(locale)));
        Map<String, Object> extra = e instanceof VersionConflictException conflict
                ? Map.of("currentVersion", conflict.actualVersion()) : Map.of();
        String detail = e instanceof VersionConflictException
                ? messages.getMessage("error.versionConflict", null, locale) : e.localizedMessage(locale);
        return answer(request, response, status, e.errorCode().code(), e.field(), detail, violations, extra);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    Object badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : unreadableField((HttpMessageNotReadableException) e);
        String detail = messages.getMessage("error.unreadable", new Object[] {field == null ? "-" : field},
                LocaleContextHolder.getLocale());
        return answer(request, response, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_VALUE.code(), field, detail,
                field == null ? List.of() : List.of(Map.of("field", field, "message", detail)), Map.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof ErrorResponse known) {
            // Spring MVC's own errors (404 of an unknown URL, 405, 415, ...): their status, no details.
            HttpStatusCode code = known.getStatusCode();
            HttpStatus status = HttpStatus.resolve(code.value());
            return answer(request, response, status == null ? HttpStatus.BAD_REQUEST : status, null, null,
                    messages.getMessage("error.http." + code.value(), null, messages.getMessage("error.generic", null,
                            LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale()), List.of(), Map.of());
        }
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring Security answers these itself (login page, 401/403).
        }
        String id = Long.toString(System.nanoTime(), 36);
        LOG.error("Unexpected error {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
        return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, null, null,
                messages.getMessage("error.unexpected", new Object[] {id}, LocaleContextHolder.getLocale()),
                List.of(), Map.of());
    }

    /** The HTTP status of each kind of SIPROC error. */
    static HttpStatus statusOf(SiprocException e) {
        if (e instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof VersionConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof RuleViolationException) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        if (e instanceof InvalidCommandException || e instanceof InvalidValueException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.BAD_REQUEST;
    }

    /**
     * Whether a refusal must look like "no such case": the request addresses one case, and the refusal is about
     * whose case it is, not about the role. That is an officer or consul asking for a case of another office (the
     * office is part of the case number), or a partner answering a referral that is not its institution's.
     */
    private static boolean hidesExistence(AccessDeniedException e, HttpServletRequest request) {
        if (!ONE_CASE.matcher(request.getRequestURI()).matches()) {
            return false;
        }
        return CurrentUser.get().map(user -> switch (user.role()) {
            case OFFICER, CONSUL -> !caseNumberOf(request).toUpperCase(Locale.ROOT)
                    .contains("-" + user.office() + "-");
            case PARTNER -> e.permission() == Permission.RESPOND_TO_REFERRAL;
            default -> false;
        }).orElse(false);
    }

    private static String caseNumberOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int at = uri.indexOf("/cases/") + "/cases/".length();
        int end = uri.indexOf('/', at);
        return end < 0 ? uri.substring(at) : uri.substring(at, end);
    }

    private static @Nullable String unreadableField(HttpMessageNotReadableException e) {
        // Jackson names the path of the value it could not read, e.g. "person.sex" in its message.
        Throwable cause = e.getMostSpecificCause();
        String text = cause.getMessage();
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = Pattern.compile("through reference chain: [^\\[]*((\\[\"[^\"]+\"\\])+)").matcher(text);
        if (m.find()) {
            return m.group(1).replaceAll("\\[\"([^\"]+)\"\\]", ".$1").substring(1);
        }
        return null;
    }

    private static Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                 @Nullable String code, @Nullable String field, String detail,
                                 List<Map<String, String>> violations, Map<String, Object> extra) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(status.getReasonPhrase());
            if (code != null) {
                problem.setType(URI.create("urn:siproc:error:" + code));
                problem.setProperty("code", code);
            }
            if (field != null) {
                problem.setProperty("field", field);
            }
            if (!violations.isEmpty()) {
                problem.setProperty("violations", violations);
            }
            extra.forEach(problem::setProperty);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("code", code);
        return page;
    }
}
