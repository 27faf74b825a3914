package kz.elections.common.ratelimit;

import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import kz.elections.common.Caller;

/**
 * Applies {@link RateLimited}: after the role checks (a refused caller costs nothing), before the
 * request is validated or served. The client address is the connection's, or the forwarded one only
 * where {@code quarkus.http.proxy.*} trusts the proxy that sent it.
 */
@RateLimited("")
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class RateLimitInterceptor {

    @Inject
    RateLimiter limiter;

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @Inject
    CurrentVertxRequest request;

    @Inject
    RetryAfter retryAfter;

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        RateLimited limit = binding(invocation);
        if (Arrays.stream(limit.exemptRoles()).noneMatch(identity::hasRole)) {
            try {
                if (identity.isAnonymous()) {
                    limiter.acquire(limit.value(), RateLimiter.ClientKind.ADDRESS, clientAddress());
                } else {
                    limiter.acquire(limit.value(), RateLimiter.ClientKind.SUBJECT, caller.subject());
                }
            } catch (RateLimitedException refused) {
                retryAfter.set(refused.retryAfterSeconds());
                throw refused;
            }
        }
        return invocation.proceed();
    }

    private static RateLimited binding(InvocationContext invocation) {
        RateLimited onMethod = invocation.getMethod().getAnnotation(RateLimited.class);
        return onMethod != null ? onMethod : invocation.getMethod().getDeclaringClass().getAnnotation(RateLimited.class);
    }

    private String clientAddress() {
        RoutingContext current = request.getCurrent();
        SocketAddress address = current == null ? null : current.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
