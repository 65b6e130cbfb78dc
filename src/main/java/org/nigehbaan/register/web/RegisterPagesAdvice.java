package org.nigehbaan.register.web;

import jakarta.servlet.http.HttpServletResponse;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.identity.InvalidInputException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused request on a register page shows the error page with the status the refusal implies (404 for a
 * registrant outside one's districts, 400 for a bad parameter), never a 500.
 */
@ControllerAdvice(assignableTypes = {RegisterPagesController.class, RegisterOversightPagesController.class})
class RegisterPagesAdvice {

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, HttpServletResponse response) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case UNPROCESSABLE -> 422;
            case UNAVAILABLE -> 503;
        };
        return error(response, status);
    }

    @ExceptionHandler({InvalidInputException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        return error(response, 400);
    }

    private static ModelAndView error(HttpServletResponse response, int status) {
        response.setStatus(status);
        ModelAndView mv = new ModelAndView("error");
        mv.addObject("status", status);
        return mv;
    }
}
