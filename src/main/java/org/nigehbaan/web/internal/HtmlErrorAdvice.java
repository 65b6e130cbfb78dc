package org.nigehbaan.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.identity.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * For the web pages: a refused request shows the error page with the right status instead of a stack trace.
 * REST controllers are answered first by {@link ProblemDetailsAdvice}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlErrorAdvice {

    private final RefusalAudit refusals;

    HtmlErrorAdvice(RefusalAudit refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response,
                        jakarta.servlet.http.HttpServletRequest request) {
        refusals.refused(e, request);
        return page(response, ProblemDetailsAdvice.statusOf(e.kind()).value(), e.getMessage());
    }

    /** A page parameter of the wrong type (a letter where an id goes). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return page(response, 400, "'" + e.getValue() + "' is not a valid " + e.getName());
    }

    @ExceptionHandler(org.nigehbaan.common.PayloadTooLargeException.class)
    ModelAndView tooLarge(org.nigehbaan.common.PayloadTooLargeException e, HttpServletResponse response) {
        return page(response, 413, e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
        return page(response, 400, e.getMessage());
    }

    private static ModelAndView page(HttpServletResponse response, int status, String detail) {
        response.setStatus(status);
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("status", status);
        mav.addObject("detail", detail);
        return mav;
    }
}
