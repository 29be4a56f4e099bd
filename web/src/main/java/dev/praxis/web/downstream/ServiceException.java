package dev.praxis.web.downstream;

/**
 * A service answered with an error. Pages catch the kinds they can explain next to a form
 * ({@link InputRejected}, {@link RuleViolated}); {@code ErrorPages} renders the rest.
 */
public abstract sealed class ServiceException extends RuntimeException
        permits ServiceException.InputRejected, ServiceException.RuleViolated, ServiceException.ChangedMeanwhile,
        ServiceException.Refused, ServiceException.Unavailable {

    private final int status;
    private final Problem problem;

    ServiceException(int status, Problem problem) {
        super("Service answered " + status + (problem.detail() == null ? "" : ": " + problem.detail()));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }

    /** 400: the input broke validation rules, listed per field. */
    public static final class InputRejected extends ServiceException {
        public InputRejected(Problem problem) {
            super(400, problem);
        }
    }

    /** 409: an illegal status transition or another business rule. */
    public static final class RuleViolated extends ServiceException {
        public RuleViolated(Problem problem) {
            super(409, problem);
        }
    }

    /** 412: the user's copy is older than the service's; someone else changed it meanwhile. */
    public static final class ChangedMeanwhile extends ServiceException {
        public ChangedMeanwhile(Problem problem) {
            super(412, problem);
        }
    }

    /** 401, 403, 404 and other 4xx the user cannot fix on the form. */
    public static final class Refused extends ServiceException {
        public Refused(int status, Problem problem) {
            super(status, problem);
        }
    }

    /** 5xx: the service is there but cannot answer. */
    public static final class Unavailable extends ServiceException {
        public Unavailable(int status, Problem problem) {
            super(status, problem);
        }
    }
}
