package dev.praxis.web.downstream;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The message a user reads for a broken business rule, in their language. */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    public static MessageSourceResolvable of(ServiceException.RuleViolated violation) {
        Problem problem = violation.problem();
        String[] codes = problem.rule() != null
                ? new String[] {"problem.rule." + problem.rule(), "problem.rule"}
                : new String[] {"problem.illegal-transition"};
        // The status is shown by its name in the reader's language, not as a code.
        Object currentStatus = problem.currentStatus() == null ? ""
                : new DefaultMessageSourceResolvable(new String[] {"status." + problem.currentStatus()},
                        problem.currentStatus());
        Object[] arguments = {currentStatus, problem.action(), problem.detail()};
        return new DefaultMessageSourceResolvable(codes, arguments, problem.detail());
    }
}
