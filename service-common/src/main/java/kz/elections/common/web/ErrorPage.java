package kz.elections.common.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.arc.Arc;
import io.quarkus.qute.Engine;
import kz.elections.common.Problem;

/** A problem on a page is shown as a page, in the reader's language, with the same status and detail. */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static Response render(Problem problem) {
        Page page = Arc.container().instance(Page.class).get();
        String html = page.render(Arc.container().instance(Engine.class).get().getTemplate("error.html").instance()
                .data("status", problem.status()).data("title", problem.title()).data("detail", problem.detail()))
                .render();
        Response.ResponseBuilder response = Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }
}
