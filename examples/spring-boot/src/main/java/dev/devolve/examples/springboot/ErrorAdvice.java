package dev.devolve.examples.springboot;

import dev.devolve.error.DevolveException;
import dev.devolve.error.InputException;
import dev.devolve.error.PackBuildException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The library's exceptions as problem details: bad input 400, packs that do not compile 422. */
@RestControllerAdvice
public class ErrorAdvice {

    @ExceptionHandler(InputException.class)
    public ProblemDetail badInput(InputException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(PackBuildException.class)
    public ProblemDetail brokenPacks(PackBuildException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "the packs do not compile");
        problem.setProperty("diagnostics", e.diagnostics().stream().map(Object::toString).toList());
        return problem;
    }

    @ExceptionHandler(DevolveException.class)
    public ProblemDetail failed(DevolveException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }
}
