package dev.praxis.registry.practice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeStatusTests {

    @ParameterizedTest
    @CsvSource({
            "DRAFT, EDIT, DRAFT",
            "DRAFT, SUBMIT, SUBMITTED",
            "SUBMITTED, APPROVE, APPROVED",
            "SUBMITTED, REJECT, REJECTED",
            "APPROVED, ARCHIVE, ARCHIVED"})
    void allowsTheDesignedTransitions(PracticeStatus from, PracticeAction action, PracticeStatus to) {
        assertThat(from.allows(action)).isTrue();
        assertThat(from.after(action)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
            "DRAFT, APPROVE", "DRAFT, REJECT", "DRAFT, ARCHIVE",
            "SUBMITTED, EDIT", "SUBMITTED, SUBMIT", "SUBMITTED, ARCHIVE",
            "APPROVED, EDIT", "APPROVED, SUBMIT", "APPROVED, APPROVE", "APPROVED, REJECT",
            "REJECTED, EDIT", "REJECTED, SUBMIT", "REJECTED, APPROVE", "REJECTED, REJECT", "REJECTED, ARCHIVE",
            "ARCHIVED, EDIT", "ARCHIVED, SUBMIT", "ARCHIVED, APPROVE", "ARCHIVED, REJECT", "ARCHIVED, ARCHIVE"})
    void refusesEveryOtherTransition(PracticeStatus from, PracticeAction action) {
        assertThat(from.allows(action)).isFalse();
        assertThatThrownBy(() -> from.after(action))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(from);
                    assertThat(e.action()).isEqualTo(action);
                })
                .hasMessageContaining(from.name());
    }

    @Test
    void namesActionsInLowerCaseForTheApi() {
        assertThat(PracticeAction.APPROVE.apiName()).isEqualTo("approve");
    }
}
