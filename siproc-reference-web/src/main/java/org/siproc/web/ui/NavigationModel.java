package org.siproc.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.access.Role;
import org.siproc.web.security.CurrentUser;
import org.siproc.web.security.WebUser;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every page the logged-in user and the menu entries the core's access policy allows for the user's role,
 * so the menu never offers what the core would refuse.
 */
public final class NavigationModel implements HandlerInterceptor {

    private final AccessPolicy policy;

    public NavigationModel(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           @Nullable ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
            return;
        }
        view.addObject("path", request.getRequestURI());
        CurrentUser.get().ifPresent(user -> {
            view.addObject("me", user);
            view.addObject("nav", menu(user));
        });
    }

    private Map<String, Boolean> menu(WebUser user) {
        Role role = user.role();
        return Map.of(
                "cases", policy.grants(role, Permission.VIEW_CASE),
                "register", policy.grants(role, Permission.REGISTER_CASE),
                "referrals", policy.grants(role, Permission.VIEW_CASE) || policy.grants(role, Permission.RESPOND_TO_REFERRAL),
                "statistics", policy.grants(role, Permission.VIEW_STATISTICS),
                "audit", policy.grants(role, Permission.VIEW_AUDIT),
                "assign", policy.grants(role, Permission.ASSIGN_CASE));
    }
}
