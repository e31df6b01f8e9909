package org.siproc.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.siproc.core.domain.access.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The logged-in user of the current request, and the SIPROC {@link Actor} built from it: a controller method that
 * declares an {@code Actor} parameter receives it (with the client address as origin, for the audit trail).
 */
public final class CurrentUser implements HandlerMethodArgumentResolver {

    /** The logged-in user, if any. */
    public static Optional<WebUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof WebUser user ? Optional.of(user) : Optional.empty();
    }

    /** The actor of the current request; the caller must be authenticated. */
    public static Actor actor(HttpServletRequest request) {
        WebUser user = get().orElseThrow(() -> new IllegalStateException("no authenticated SIPROC user"));
        return user.actor(request.getRemoteAddr());
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return actor(webRequest.getNativeRequest(HttpServletRequest.class));
    }
}
