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

/** The value is the code of a region from {@code GET /api/v1/regions}; null is left to {@code @NotBlank}. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownRegion.Validator.class)
public @interface KnownRegion {

    String message() default "must be a known region code, see GET /api/v1/regions";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownRegion, String> {

        private final ReferenceData referenceData;

        Validator(ReferenceData referenceData) {
            this.referenceData = referenceData;
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || code.isBlank() || referenceData.isKnownRegion(code);
        }
    }
}
