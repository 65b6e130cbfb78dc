package org.nigehbaan.web.internal;

import java.util.ArrayList;
import java.util.List;
import org.nigehbaan.common.DomainException;
import org.nigehbaan.common.PayloadTooLargeException;
import org.nigehbaan.identity.FieldViolation;
import org.nigehbaan.identity.InvalidInputException;
import org.nigehbaan.identity.mrz.InvalidMrzException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of a REST controller into an RFC 9457 problem: bad input is a 400 naming each field,
 * refused requests carry the status their {@link DomainException.Kind} implies, a database outage is a 503,
 * and anything unexpected a 500 that reveals nothing but an id to quote.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final RefusalAudit refusals;

    ProblemDetailsAdvice(RefusalAudit refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return ResponseEntity.badRequest().body(validationProblem("The request has invalid fields", e.violations()));
    }

    /** An MRZ whose check digits, dates or layout fail: 422 naming each failed check ({@code mrz.birth_date}). */
    @ExceptionHandler(InvalidMrzException.class)
    ResponseEntity<Object> invalidMrz(InvalidMrzException e) {
        List<FieldViolation> v = e.violations().stream()
                .map(f -> f.field().equals("mrz") ? f : new FieldViolation("mrz." + f.field(), f.message())).toList();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        p.setTitle("Invalid MRZ");
        p.setProperty("errors", v);
        return ResponseEntity.unprocessableEntity().body(p);
    }

    /** A body past its limit (while streaming, or as declared): 413, naming the limit. */
    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLargeProblem(e));
    }

    static ProblemDetail tooLargeProblem(PayloadTooLargeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        p.setTitle("Request too large");
        p.setProperty("limit", e.limitName());
        p.setProperty("maximum", e.limitBytes());
        p.setProperty("errors", List.of(new FieldViolation("body", e.getMessage())));
        return p;
    }

    /** The same problem, written by a filter before any controller runs. */
    static void writeTooLarge(jakarta.servlet.http.HttpServletResponse response, PayloadTooLargeException e)
            throws java.io.IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String detail = e.getMessage().replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                + "\"detail\":\"" + detail + "\",\"limit\":\"" + e.limitName() + "\",\"maximum\":" + e.limitBytes()
                + ",\"errors\":[{\"field\":\"body\",\"message\":\"" + detail + "\"}]}");
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e, jakarta.servlet.http.HttpServletRequest request) {
        refusals.refused(e, request);
        HttpStatus status = statusOf(e.kind());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setTitle(e.title());
        return ResponseEntity.status(status).body(p);
    }

    /** The one place a refusal's kind becomes an HTTP status, for the API and the pages alike. */
    static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : e.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(validationProblem("The request has invalid parameters",
                List.of(new FieldViolation(e.getName(), "'" + e.getValue() + "' is not " + article(expected)))));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<Object> databaseDown(Exception e) {
        log.warn("database unavailable: {}", e.getClass().getSimpleName());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is unavailable; the request was not completed. Try again shortly.");
        p.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(p);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> illegalArgument(IllegalArgumentException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Bad request");
        return ResponseEntity.badRequest().body(p);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (isDatabaseUnavailable(e)) {
            return databaseDown(e);
        }
        PayloadTooLargeException tooLarge = PayloadTooLargeException.in(e);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        String incident = java.util.UUID.randomUUID().toString();
        log.error("unexpected failure, incident {}", incident, e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote incident " + incident + " to the administrator.");
        p.setTitle("Internal error");
        p.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldViolation> v = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(fe -> v.add(new FieldViolation(fe.getField(),
                fe.getDefaultMessage() == null ? "is invalid" : fe.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(ge -> v.add(new FieldViolation(ge.getObjectName(),
                ge.getDefaultMessage() == null ? "is invalid" : ge.getDefaultMessage())));
        return ResponseEntity.badRequest().body(validationProblem("The request has invalid fields", v));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        PayloadTooLargeException tooLarge = PayloadTooLargeException.in(ex);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLargeProblem(tooLarge));
        }
        JacksonException jackson = find(ex, JacksonException.class);
        String field = "body";
        String message = "is not valid JSON";
        if (jackson != null) {
            String path = path(jackson.getPath());
            if (!path.isEmpty()) {
                field = path;
                message = "has the wrong type or format";
            } else if (jackson.getOriginalMessage() != null) {
                message = "is not valid JSON: " + firstLine(jackson.getOriginalMessage());
            }
        } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            message = "is required";
        }
        return ResponseEntity.badRequest().body(validationProblem("The request body cannot be read",
                List.of(new FieldViolation(field, message))));
    }

    /**
     * A failure anywhere in the chain that means the database cannot be reached: a connection-class SQL state
     * (08xxx), an administrator shutdown (57P0x), or a refused socket. Spring translates these differently
     * depending on where they surface (opening a transaction, running a statement, committing).
     */
    static boolean isDatabaseUnavailable(Throwable t) {
        if (t instanceof org.springframework.transaction.TransactionSystemException) {
            return true; // a commit or rollback that could not reach the database
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && "Connection is closed".equals(sql.getMessage())) {
                return true; // the pool's word for a connection that died under the request
            }
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (c instanceof java.sql.SQLTransientConnectionException || c instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail validationProblem(String detail, List<FieldViolation> violations) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail + ": "
                + violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        p.setTitle("Invalid input");
        p.setProperty("errors", violations);
        return p;
    }

    private static String path(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    private static String article(String type) {
        return switch (type) {
            case "Integer", "Long", "int", "long" -> "a whole number";
            case "Instant" -> "an ISO-8601 instant (2026-01-31T10:15:30Z)";
            case "LocalDate" -> "an ISO-8601 date (2026-01-31)";
            default -> "a valid " + type;
        };
    }
}
