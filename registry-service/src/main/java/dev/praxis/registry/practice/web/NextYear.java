package dev.praxis.registry.practice.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Year;

/** A year bound that moves with the calendar, which {@code jakarta.validation.constraints.Max} cannot express. */
final class NextYear {

    private NextYear() {
    }

    /**
     * At most next calendar year. Named {@code Max} so a broken bound is reported under the rule
     * {@code Max}, like every other upper bound of the API.
     */
    @Documented
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = AtMostNextYear.class)
    @interface Max {

        String message() default "must not be later than next year";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class AtMostNextYear implements ConstraintValidator<Max, Integer> {

        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            var clock = context.getClockProvider().getClock();
            return year == null || year <= Year.now(clock).getValue() + 1;
        }
    }
}
