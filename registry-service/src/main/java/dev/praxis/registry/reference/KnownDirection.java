package dev.praxis.registry.reference;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is the code of a direction from {@code GET /api/v1/directions}; null is left to {@code @NotBlank}. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownDirection.Validator.class)
public @interface KnownDirection {

    String message() default "must be a known direction code, see GET /api/v1/directions";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownDirection, String> {

        private final ReferenceData referenceData;

        Validator(ReferenceData referenceData) {
            this.referenceData = referenceData;
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || code.isBlank() || referenceData.isKnownDirection(code);
        }
    }
}
