package dev.praxis.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The row buttons of the practice form, and the row each leaves in view. */
class RowActionTests {

    @Test
    void readsEveryButtonOfEveryList() {
        assertThat(RowAction.parse("add-step")).isEqualTo(new RowAction(RowAction.Verb.ADD, PracticeForm.Rows.STEP, -1));
        assertThat(RowAction.parse("remove-partner:2"))
                .isEqualTo(new RowAction(RowAction.Verb.REMOVE, PracticeForm.Rows.PARTNER, 2));
        assertThat(RowAction.parse("move-member-up:1"))
                .isEqualTo(new RowAction(RowAction.Verb.MOVE_UP, PracticeForm.Rows.MEMBER, 1));
        assertThat(RowAction.parse("move-source-down:0"))
                .isEqualTo(new RowAction(RowAction.Verb.MOVE_DOWN, PracticeForm.Rows.SOURCE, 0));
    }

    @Test
    void ignoresSaveAndMalformedActions() {
        assertThat(RowAction.parse("save")).isNull();
        assertThat(RowAction.parse(null)).isNull();
        assertThat(RowAction.parse("remove-step")).as("which row?").isNull();
        assertThat(RowAction.parse("move-step:2")).as("which way?").isNull();
        assertThat(RowAction.parse("remove-step-up:2")).as("only a move has a way").isNull();
        assertThat(RowAction.parse("remove-team:1")).isNull();
        assertThat(RowAction.parse("remove-step:99999")).isNull();
    }

    @Test
    void leavesInViewTheRowThatTookThePlaceOrTheListWhenEmpty() {
        var form = new PracticeForm();
        assertThat(RowAction.parse("add-partner").applyTo(form)).isEqualTo("partner-1");
        assertThat(RowAction.parse("add-partner").applyTo(form)).isEqualTo("partner-2");
        assertThat(RowAction.parse("move-partner-up:1").applyTo(form)).isEqualTo("partner-1");
        assertThat(RowAction.parse("remove-partner:1").applyTo(form)).isEqualTo("partner-1");
        assertThat(RowAction.parse("remove-partner:0").applyTo(form)).isEqualTo("partners");
        assertThat(form.getPartners()).isEmpty();
    }

    @Test
    void predictsTheRowBeforeTheButtonIsPressed() {
        var form = new PracticeForm();
        for (int i = 0; i < 3; i++) {
            form.add(PracticeForm.Rows.STEP);
        }
        for (var action : new String[] {"add-step", "remove-step:2", "remove-step:0", "move-step-up:1", "move-step-down:1"}) {
            var copy = new PracticeForm();
            for (int i = 0; i < 3; i++) {
                copy.add(PracticeForm.Rows.STEP);
            }
            assertThat(form.anchorAfter(action)).as(action).isEqualTo(RowAction.parse(action).applyTo(copy));
        }
    }

    @Test
    void stopsAddingAtTheListsLimit() {
        var form = new PracticeForm();
        for (int i = 0; i < 4; i++) {
            form.add(PracticeForm.Rows.SOURCE);
        }
        assertThat(form.canAdd("source")).isFalse();
        assertThat(RowAction.parse("add-source").applyTo(form)).isEqualTo("source-4");
        assertThat(form.getFundingSources()).hasSize(4);
    }
}
