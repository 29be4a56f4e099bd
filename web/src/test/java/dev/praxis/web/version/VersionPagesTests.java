package dev.praxis.web.version;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.web.downstream.Problem;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.security.SecurityConfiguration;
import dev.praxis.web.version.VersionRegistry.Diff;
import dev.praxis.web.version.VersionRegistry.FieldChange;
import dev.praxis.web.version.VersionRegistry.PracticeTitle;
import dev.praxis.web.version.VersionRegistry.Row;
import dev.praxis.web.version.VersionRegistry.Segment;
import dev.praxis.web.version.VersionRegistry.Snapshot;
import dev.praxis.web.version.VersionRegistry.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(VersionsController.class)
@Import(SecurityConfiguration.class)
class VersionPagesTests {

    private static final UUID ID = UUID.fromString("0b7c7f0e-1d6a-4a4e-9a55-3d7c2f1b9e10");
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-30T09:15:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    VersionRegistry versions;

    @BeforeEach
    void practice() {
        given(versions.practice(ID)).willReturn(new PracticeTitle(ID, "Центр для фермеров"));
    }

    @Test
    void listsTheVersionsNewestFirstWithWhoAndLinksToCompare() throws Exception {
        given(versions.versions(ID)).willReturn(List.of(new Version(1, MONDAY, "Анна Авторова"),
                new Version(2, MONDAY.plusDays(2), "Анна Авторова")));

        mvc.perform(get("/practices/{id}/versions", ID))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Версии практики")))
                .andExpect(content().string(containsString("Центр для фермеров")))
                .andExpect(content().string(containsString("Анна Авторова")))
                .andExpect(content().string(containsString("href=\"/practices/" + ID + "/versions/2\"")))
                .andExpect(content().string(containsString(
                        "href=\"/practices/" + ID + "/versions/diff?from=1&amp;to=2\"")))
                .andExpect(content().string(containsString(
                        "href=\"/practices/" + ID + "/versions/diff?from=2&amp;to=current\"")))
                .andExpect(content().string(not(containsString("id=\"compare-previous-1\""))));
    }

    @Test
    void saysWhenThePracticeHasNoVersionsYet() throws Exception {
        given(versions.versions(ID)).willReturn(List.of());

        mvc.perform(get("/practices/{id}/versions", ID).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has not been submitted yet")));
    }

    @Test
    void showsInsertedAndDeletedWordsWithTheirMeaningNotOnlyTheirLook() throws Exception {
        var problem = new FieldChange("problem", "text", "changed", "пять ведомств", "три ведомства", List.of(
                new Segment("equal", "Обходили "), new Segment("delete", "пять ведомств"),
                new Segment("insert", "три ведомства"), new Segment("equal", ".")), null, null);
        var title = new FieldChange("title", "text", "unchanged", "Центр", "Центр", null, null, null);
        var steps = new FieldChange("steps", "rows", "changed", null, null, null, List.of(
                new Row("unchanged", 1, 1, false, "Анализ", null, null, null),
                new Row("unchanged", 2, 4, true, "Регламент", null, null, null),
                new Row("added", null, 5, false, "Запуск", null, null, Map.of("title", "Запуск"))), null);
        given(versions.diff(ID, "1", "2")).willReturn(new Diff(1, 2, List.of(title, problem, steps)));

        mvc.perform(get("/practices/{id}/versions/diff", ID).param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сравнение: версия 1 → версия 2")))
                .andExpect(content().string(containsString("<dt>")))
                .andExpect(content().string(containsString("Проблема")))
                .andExpect(content().string(containsString(
                        "<del><span class=\"visually-hidden\">удалено:</span><span>пять ведомств</span></del>")))
                .andExpect(content().string(containsString(
                        "<ins><span class=\"visually-hidden\">добавлено:</span><span>три ведомства</span></ins>")))
                .andExpect(content().string(containsString("перемещён с № 2 на № 4")))
                .andExpect(content().string(containsString("добавлен, № 5")))
                .andExpect(content().string(not(containsString("Анализ"))))
                .andExpect(content().string(not(containsString("data-field=\"title\""))));
    }

    @Test
    void comparesWithTheCurrentTextInEnglish() throws Exception {
        given(versions.diff(ID, "2", "current")).willReturn(new Diff(2, "current", List.of()));

        mvc.perform(get("/practices/{id}/versions/diff", ID).param("from", "2").param("to", "current")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Comparing version 2 → the current text")))
                .andExpect(content().string(containsString("Nothing changed.")));
    }

    @Test
    void showsAVersionReadOnlyWithItsFieldsAndSteps() throws Exception {
        var content = new LinkedHashMap<String, Object>();
        content.put("title", "Центр для фермеров");
        content.put("summary", null);
        content.put("tags", List.of("АПК", "субсидии"));
        content.put("steps", List.of(Map.of("title", "Анализ", "durationDays", 30)));
        given(versions.snapshot(ID, 1)).willReturn(new Snapshot(new Version(1, MONDAY, "Анна Авторова"), content));

        mvc.perform(get("/practices/{id}/versions/1", ID))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Название")))
                .andExpect(content().string(containsString("АПК, субсидии")))
                .andExpect(content().string(containsString("Срок, дней")))
                .andExpect(content().string(not(containsString("data-field=\"summary\""))))
                .andExpect(content().string(not(containsString("<form"))));
    }

    @Test
    void aPracticeTheVisitorMayNotSeeHasNoVersionsPage() throws Exception {
        given(versions.practice(ID)).willThrow(new ServiceException.Refused(404,
                new Problem(null, null, null, null, null, null, List.of())));

        mvc.perform(get("/practices/{id}/versions", ID)).andExpect(status().isNotFound());
    }
}
