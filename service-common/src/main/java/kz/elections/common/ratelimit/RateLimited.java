package kz.elections.common.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Limits how often one client may call the method: per token subject for a signed-in caller, per client
 * address otherwise, with the numbers of {@code tizim.rate-limit.limits."<name>"}. An interceptor, not a
 * request filter, so that a page which calls the resource method in-process (the citizen's nomination
 * form) draws on the same limit as the API.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    /** The limit's name: its configuration key, its label in the metrics, and what a 429 names. */
    @Nonbinding
    String value();

    /** Callers with any of these roles are not limited (staff filing on someone else's behalf). */
    @Nonbinding
    String[] exemptRoles() default {};
}
