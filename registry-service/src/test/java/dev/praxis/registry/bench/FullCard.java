package dev.praxis.registry.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete practice card in the shape of the demo data (infra/launcher's demo/practices.json), with
 * more of everything: 12 steps with every field, 5 effects, 4 partners, a team of 5 with contacts,
 * two funding sources, the resources and the lessons, and English versions of the main texts.
 * About 20 KB of JSON when read.
 */
final class FullCard {

    static final int STEPS = 12;

    private static final String[] SENTENCES = {
            "Министерство экономического развития готовит проект регламента и согласует его с муниципалитетами.",
            "Рабочая группа проводит анализ обращений предпринимателей за последние три года.",
            "Центр «Мой бизнес» открывает окна приёма в каждом районном центре области.",
            "Специалисты проходят обучение по единому стандарту обслуживания заявителей.",
            "Результаты пилотного запуска обсуждаются на общественном совете при губернаторе.",
            "Сроки рассмотрения заявок сокращаются за счёт электронного документооборота.",
    };

    private FullCard() {
    }

    static Map<String, Object> draft(int number) {
        var card = new LinkedHashMap<String, Object>();
        card.put("title", "Единое окно для предпринимателей № " + number + ": центр услуг в муниципалитете");
        card.put("titleEn", "One-stop shop for entrepreneurs No. " + number + ": a municipal service centre");
        card.put("summary", text(number, 2));
        card.put("summaryEn", "One consultant guides an entrepreneur from the first meeting to every permit.");
        card.put("regionCode", "RU-KGD");
        card.put("municipality", "Гурьевский муниципальный округ");
        card.put("directionCode", "business-support");
        card.put("tags", List.of("единое окно", "МСП", "центр услуг", "цифровизация"));
        card.put("language", "ru");
        card.put("authorOrganisation", "Администрация Гурьевского муниципального округа");
        card.put("authorOrganisationEn", "Guryevsk municipal district administration");
        card.put("team", team());
        card.put("startYear", 2019);
        card.put("endYear", 2023);
        card.put("budget", 6_800_000);
        card.put("currency", "RUB");
        card.put("fundingSources", List.of(Map.of("kind", "MUNICIPAL", "sharePercent", 70),
                Map.of("kind", "REGIONAL", "sharePercent", 30)));
        card.put("partners", partners());
        card.put("audience", "Начинающие и действующие предприниматели округа");
        card.put("audienceEn", "Starting and established entrepreneurs of the district");
        card.put("reach", 1400 + number);
        card.put("problem", text(number, 5));
        card.put("problemEn", "Opening a café meant visiting up to seven offices; a third of applicants gave up.");
        card.put("goal", text(number + 1, 2));
        card.put("solution", text(number + 2, 6));
        card.put("solutionEn", "A service centre in the administration building, one consultant per applicant.");
        card.put("steps", steps(number));
        card.put("resources", Map.of("money", text(number, 1), "staff", "Четыре консультанта и руководитель центра",
                "it", "Общий электронный журнал обращений", "legalActs", "Соглашения о взаимодействии с ведомствами"));
        card.put("effects", effects());
        card.put("risks", text(number + 3, 2));
        card.put("dos", text(number + 4, 2));
        card.put("donts", text(number + 5, 2));
        return card;
    }

    private static List<Map<String, Object>> steps(int number) {
        var steps = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= STEPS; i++) {
            var step = new LinkedHashMap<String, Object>();
            step.put("title", "Шаг " + i + ": " + SENTENCES[i % SENTENCES.length].split(" ", 3)[2]);
            step.put("titleEn", "Step " + i);
            step.put("description", text(number + i, 3));
            step.put("responsible", "Отдел экономического развития");
            step.put("responsibleEn", "Economic development department");
            step.put("durationDays", 7 + i * 3);
            step.put("resources", "Два специалиста отдела, помещение для приёма");
            step.put("documents", "Регламент, карта услуг, журнал обращений");
            step.put("kpi", "Доля обращений, закрытых в срок, не ниже 90 %");
            steps.add(step);
        }
        return steps;
    }

    private static List<Map<String, Object>> effects() {
        var effects = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 5; i++) {
            var effect = new LinkedHashMap<String, Object>();
            effect.put("indicator", "Показатель " + i + ": срок оформления документов для открытия бизнеса");
            effect.put("indicatorEn", "Indicator " + i + ": time to get the documents for a new business");
            effect.put("unit", "недель");
            effect.put("before", 6 + i);
            effect.put("after", 2);
            effect.put("period", "2019–2023");
            effect.put("evidenceUrl", "https://example.org/report-" + i + ".pdf");
            effect.put("evidence", "Отчёт администрации за 2023 год");
            effects.add(effect);
        }
        return effects;
    }

    private static List<Map<String, Object>> partners() {
        return List.of(
                Map.of("name", "Фонд поддержки предпринимательства", "role", "Консультации и микрозаймы"),
                Map.of("name", "Налоговая инспекция", "role", "Приём документов через центр"),
                Map.of("name", "Управление имущества", "role", "Аренда и земля"),
                Map.of("name", "Торгово-промышленная палата", "nameEn", "Chamber of Commerce", "role", "Экспертиза"));
    }

    private static List<Map<String, Object>> team() {
        var team = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 5; i++) {
            team.add(Map.of("name", "Участник команды " + i, "jobTitle", "Консультант центра",
                    "email", "member" + i + "@example.org", "phone", "+7 4012 00-00-0" + i));
        }
        return team;
    }

    private static String text(int seed, int sentences) {
        var text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append(s == 0 ? "" : " ").append(SENTENCES[(seed + s * 5) % SENTENCES.length]);
        }
        return text.toString();
    }
}
