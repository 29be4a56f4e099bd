package dev.praxis.registry.common.web;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A zero-based page number of a list endpoint: 0..{@value #MAX}. JPA takes the first row's offset
 * (page × size) as an {@code int}, so a larger page would overflow it and end as a 500; with sizes up
 * to {@value PageResponse#MAX_SIZE} every allowed page fits. Broken, it reports {@code Min} or {@code Max}.
 */
@Min(0)
@Max(PageNumber.MAX)
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PageNumber {

    int MAX = Integer.MAX_VALUE / PageResponse.MAX_SIZE;

    @OverridesAttribute(constraint = Min.class, name = "message")
    @OverridesAttribute(constraint = Max.class, name = "message")
    String message() default "must be between 0 and " + MAX;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
