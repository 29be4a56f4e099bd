package dev.praxis.registry.version;

import dev.praxis.registry.version.ContentDiff.Change;
import dev.praxis.registry.version.ContentDiff.FieldChange;
import dev.praxis.registry.version.ContentDiff.Kind;
import dev.praxis.registry.version.ContentDiff.RowChange;
import dev.praxis.registry.version.ContentDiff.Segment;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDiffTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void reportsEachFieldAsUnchangedChangedAddedOrRemoved() {
        var diff = ContentDiff.between(
                json("{'title': 'Единое окно', 'startYear': 2019, 'summary': 'Кратко', 'municipality': null}"),
                json("{'title': 'Единое окно', 'startYear': 2020, 'municipality': 'Гурьевск', 'budgetRub': 12.5}"));

        assertThat(field(diff, "title").change()).isEqualTo(Change.UNCHANGED);
        assertThat(field(diff, "startYear")).satisfies(year -> {
            assertThat(year.kind()).isEqualTo(Kind.VALUE);
            assertThat(year.change()).isEqualTo(Change.CHANGED);
            assertThat(year.before().intValue()).isEqualTo(2019);
            assertThat(year.after().intValue()).isEqualTo(2020);
        });
        assertThat(field(diff, "summary").change()).isEqualTo(Change.REMOVED);
        assertThat(field(diff, "municipality").change()).isEqualTo(Change.ADDED);
        assertThat(field(diff, "budgetRub").change()).isEqualTo(Change.ADDED);
        assertThat(diff).extracting(FieldChange::field)
                .containsExactly("title", "startYear", "summary", "municipality", "budgetRub");
    }

    @Test
    void numbersAreComparedByValue() {
        var diff = ContentDiff.between(json("{'budgetRub': 12500000.5}"), json("{'budgetRub': 12500000.50}"));

        assertThat(field(diff, "budgetRub").change()).isEqualTo(Change.UNCHANGED);
    }

    @Test
    void diffsTextWordByWord() {
        var diff = ContentDiff.between(
                json("{'problem': 'Предприниматели обходили пять ведомств, чтобы получить поддержку.'}"),
                json("{'problem': 'Предприниматели обходили три ведомства, чтобы получить поддержку быстро.'}"));

        var problem = field(diff, "problem");
        assertThat(problem.kind()).isEqualTo(Kind.TEXT);
        assertThat(problem.change()).isEqualTo(Change.CHANGED);
        assertThat(marked(problem.segments()))
                .isEqualTo("Предприниматели обходили [-пять ведомств-]{+три ведомства+}, чтобы получить поддержку{+ быстро+}.");
        assertThat(problem.segments()).extracting(Segment::op).contains(ContentDiff.Op.EQUAL, ContentDiff.Op.INSERT,
                ContentDiff.Op.DELETE);
    }

    @Test
    void listsOfWordsAreDiffedElementByElement() {
        var diff = ContentDiff.between(json("{'tags': ['МФЦ', 'единое окно']}"), json("{'tags': ['МФЦ', 'онлайн']}"));

        var tags = field(diff, "tags");
        assertThat(tags.kind()).isEqualTo(Kind.LIST);
        assertThat(marked(tags.segments())).isEqualTo("МФЦ[-единое окно-]{+онлайн+}");
    }

    @Test
    void matchesRowsByKeyWhateverTheirContentAndPlace() {
        var diff = ContentDiff.between(
                json("{'steps': [{'key': 'a', 'title': 'Регламент'}, {'key': 'b', 'title': 'Пилот'}]}"),
                json("{'steps': [{'key': 'b', 'title': 'Пилот в двух районах'}, {'key': 'a', 'title': 'Новый регламент'}]}"));

        var rows = field(diff, "steps").rows();
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.change()).isEqualTo(Change.CHANGED));
        var pilot = row(rows, "b");
        assertThat(pilot.fromPosition()).isEqualTo(2);
        assertThat(pilot.toPosition()).isEqualTo(1);
        assertThat(marked(pilot.fields().getFirst().segments())).isEqualTo("Пилот{+ в двух районах+}");
        // One of the two swapped rows stays in place, the other one moved.
        assertThat(rows).filteredOn(RowChange::moved).hasSize(1);
        assertThat(row(rows, "a").fields()).extracting(FieldChange::field).containsExactly("title");
    }

    @Test
    void aMovedRowIsOneMoveNotAChangeOfEveryRowBetween() {
        var diff = ContentDiff.between(
                json("{'steps': [" + steps("Анализ", "Регламент", "Пилот", "Обучение", "Запуск") + "]}"),
                json("{'steps': [" + steps("Анализ", "Пилот", "Обучение", "Запуск", "Регламент") + "]}"));

        var steps = field(diff, "steps");
        assertThat(steps.change()).isEqualTo(Change.CHANGED);
        assertThat(steps.rows()).allSatisfy(row -> assertThat(row.change()).isEqualTo(Change.UNCHANGED));
        assertThat(steps.rows()).filteredOn(RowChange::moved).singleElement().satisfies(moved -> {
            assertThat(moved.label()).isEqualTo("Регламент");
            assertThat(moved.fromPosition()).isEqualTo(2);
            assertThat(moved.toPosition()).isEqualTo(5);
        });
        assertThat(steps.rows()).extracting(RowChange::label)
                .containsExactly("Анализ", "Пилот", "Обучение", "Запуск", "Регламент");
    }

    @Test
    void reportsAddedAndRemovedRowsWithTheirContentWithoutShiftingTheOthers() {
        var diff = ContentDiff.between(
                json("{'steps': [" + steps("Анализ", "Регламент", "Пилот") + "]}"),
                json("{'steps': [" + steps("Анализ", "Пилот", "Запуск") + "]}"));

        var rows = field(diff, "steps").rows();
        assertThat(rows).extracting(RowChange::change)
                .containsExactly(Change.UNCHANGED, Change.REMOVED, Change.UNCHANGED, Change.ADDED);
        assertThat(rows).noneMatch(RowChange::moved);
        assertThat(rows.get(1).fromPosition()).isEqualTo(2);
        assertThat(rows.get(1).before().get("title").stringValue()).isEqualTo("Регламент");
        assertThat(rows.get(3).toPosition()).isEqualTo(3);
        assertThat(rows.get(3).after().get("title").stringValue()).isEqualTo("Запуск");
    }

    @Test
    void withoutKeysARowIsMatchedByEqualContentThenByMostlyEqualContent() {
        var diff = ContentDiff.between(
                json("{'steps': [{'title': 'Регламент', 'description': 'Написать регламент', 'responsible': 'Минэк'},"
                        + " {'title': 'Пилот', 'description': 'Запустить пилот', 'responsible': 'Минэк'}]}"),
                json("{'steps': [{'title': 'Пилот', 'description': 'Запустить пилот', 'responsible': 'Минэк'},"
                        + " {'title': 'Регламент', 'description': 'Написать и утвердить регламент', 'responsible': 'Минэк'}]}"));

        var rows = field(diff, "steps").rows();
        var pilot = rows.stream().filter(row -> "Пилот".equals(row.label())).findFirst().orElseThrow();
        assertThat(pilot.change()).isEqualTo(Change.UNCHANGED);
        assertThat(pilot.fromPosition()).isEqualTo(2);
        assertThat(pilot.toPosition()).isEqualTo(1);
        var rules = rows.stream().filter(row -> "Регламент".equals(row.label())).findFirst().orElseThrow();
        assertThat(rules.change()).isEqualTo(Change.CHANGED);
        assertThat(rules.fields()).singleElement().satisfies(description -> {
            assertThat(description.field()).isEqualTo("description");
            assertThat(marked(description.segments())).isEqualTo("Написать {+и утвердить +}регламент");
        });
        assertThat(rows).hasSize(2);
    }

    @Test
    void rowsWithDifferentKeysAreNeverTheSameRow() {
        var diff = ContentDiff.between(json("{'effects': [{'key': 'a', 'indicator': 'Срок', 'after': 9}]}"),
                json("{'effects': [{'key': 'b', 'indicator': 'Срок', 'after': 9}]}"));

        assertThat(field(diff, "effects").rows()).extracting(RowChange::change)
                .containsExactlyInAnyOrder(Change.REMOVED, Change.ADDED);
    }

    @Test
    void unchangedContentHasNoChangedField() {
        var content = json("{'title': 'Т', 'tags': ['а'], 'steps': [" + steps("Анализ", "Пилот") + "]}");

        assertThat(ContentDiff.between(content, content)).allSatisfy(field ->
                assertThat(field.change()).isEqualTo(Change.UNCHANGED));
    }

    private static String steps(String... titles) {
        var steps = new StringBuilder();
        for (var title : titles) {
            steps.append(steps.isEmpty() ? "" : ", ")
                    .append("{'title': '%s', 'description': 'Описание: %s', 'durationDays': 30}".formatted(title, title));
        }
        return steps.toString();
    }

    private static RowChange row(List<RowChange> rows, String key) {
        return rows.stream().filter(row -> key.equals(row.key())).findFirst().orElseThrow();
    }

    private static FieldChange field(List<FieldChange> diff, String name) {
        return diff.stream().filter(field -> field.field().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode json(String singleQuoted) {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }

    /** The segments as one string, {@code [-deleted-]} and {@code {+inserted+}} marked. */
    static String marked(List<Segment> segments) {
        var text = new StringBuilder();
        for (var segment : segments) {
            switch (segment.op()) {
                case EQUAL -> text.append(segment.text());
                case DELETE -> text.append("[-").append(segment.text()).append("-]");
                case INSERT -> text.append("{+").append(segment.text()).append("+}");
            }
        }
        return text.toString();
    }
}
