package org.nigehbaan.cooperation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.identity.InvalidInputException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on the cooperation pages become the shared error page with the right status: 403 for a case not
 * shared with the reader (the same whether or not it exists), 404, 400.
 */
@ControllerAdvice(assignableTypes = CooperationController.class)
class CooperationPageErrors {

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, HttpServletResponse response) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case UNAVAILABLE -> 503;
        };
        return page(status, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
        return page(400, response);
    }

    private static ModelAndView page(int status, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView mv = new ModelAndView("error");
        mv.addObject("status", status);
        mv.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return mv;
    }
}
