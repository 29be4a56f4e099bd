package dev.praxis.registry.practice.web;

import dev.praxis.registry.practice.DraftRules;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Objects;

/**
 * Bean Validation faces of {@link DraftRules}: each reports one rule of the domain under its field,
 * named as the rule (the annotation's simple name is the {@code rule} of the 400). The rules
 * themselves live in {@code DraftRules}, which {@code PracticeDraft} enforces too.
 */
final class DraftConstraints {

    private DraftConstraints() {
    }

    @Documented
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = IsoCurrencyValidator.class)
    @interface IsoCurrency {
        String message() default "must be an ISO 4217 currency code";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class IsoCurrencyValidator implements ConstraintValidator<IsoCurrency, String> {
        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return DraftRules.isCurrency(code);
        }
    }

    @Documented
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = WebLinkValidator.class)
    @interface WebLink {
        String message() default "must be an http(s) link";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class WebLinkValidator implements ConstraintValidator<WebLink, String> {
        @Override
        public boolean isValid(String url, ConstraintValidatorContext context) {
            return DraftRules.isWebLink(url);
        }
    }

    @Documented
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = SharesTotal100Validator.class)
    @interface SharesTotal100 {
        String message() default "shares must be given for every source and sum to 100";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class SharesTotal100Validator
            implements ConstraintValidator<SharesTotal100, List<PracticeDraftRequest.FundingSourceRequest>> {
        @Override
        public boolean isValid(List<PracticeDraftRequest.FundingSourceRequest> sources,
                               ConstraintValidatorContext context) {
            return sources == null || DraftRules.sharesTotal100(
                    sources.stream().filter(Objects::nonNull).map(PracticeDraftRequest.FundingSourceRequest::sharePercent)
                            .toList());
        }
    }

    @Documented
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = DistinctKindsValidator.class)
    @interface DistinctKinds {
        String message() default "must list each kind of source once";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class DistinctKindsValidator
            implements ConstraintValidator<DistinctKinds, List<PracticeDraftRequest.FundingSourceRequest>> {
        @Override
        public boolean isValid(List<PracticeDraftRequest.FundingSourceRequest> sources,
                               ConstraintValidatorContext context) {
            return sources == null || DraftRules.distinct(sources.stream().filter(Objects::nonNull)
                    .map(PracticeDraftRequest.FundingSourceRequest::kind).filter(Objects::nonNull).toList());
        }
    }

    /** On the whole request: the period's rule names one of its four fields. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ConsistentPeriodValidator.class)
    @interface ConsistentPeriod {
        String message() default "must be a consistent period";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class ConsistentPeriodValidator implements ConstraintValidator<ConsistentPeriod, PracticeDraftRequest> {
        @Override
        public boolean isValid(PracticeDraftRequest draft, ConstraintValidatorContext context) {
            var broken = DraftRules.period(draft.startYear(), draft.startDate(), draft.endYear(), draft.endDate());
            broken.ifPresent(violation -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(violation.message())
                        .addPropertyNode(violation.field()).addConstraintViolation();
            });
            return broken.isEmpty();
        }
    }
}
