package kz.elections.common.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.arc.Arc;
import io.quarkus.qute.Engine;
import kz.elections.common.Problem;

/**
 * A problem on a page is shown as a page with the same status, named and explained in the reader's
 * language; the API's own detail is shown as the explanation where the page knows its sentence (and
 * always on an English page).
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static Response render(Problem problem) {
        Page page = Arc.container().instance(Page.class).get();
        CommonMessages words = page.common();
        String explained = explanation(problem.status(), words);
        String detail = problem.detail() == null ? explained
                : new ServiceText(page.language(), words).translate(problem.detail(), explained);
        String html = page.render(Arc.container().instance(Engine.class).get().getTemplate("error.html").instance()
                .data("status", problem.status()).data("title", title(problem.status(), words)).data("detail", detail))
                .render();
        Response.ResponseBuilder response = Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }

    static String title(int status, CommonMessages words) {
        return switch (status) {
            case 400 -> words.error_400();
            case 401 -> words.error_401();
            case 403 -> words.error_403();
            case 404 -> words.error_404();
            case 409 -> words.error_409();
            case 412 -> words.error_412();
            case 422 -> words.error_422();
            case 503 -> words.error_503();
            default -> status >= 500 ? words.error_500() : words.error_400();
        };
    }

    static String explanation(int status, CommonMessages words) {
        return switch (status) {
            case 400 -> words.error_explained_400();
            case 401 -> words.error_explained_401();
            case 403 -> words.error_explained_403();
            case 404 -> words.error_explained_404();
            case 409 -> words.error_explained_409();
            case 412 -> words.error_explained_412();
            case 422 -> words.error_explained_422();
            case 503 -> words.error_explained_503();
            default -> status >= 500 ? words.error_explained_500() : words.error_explained();
        };
    }
}
