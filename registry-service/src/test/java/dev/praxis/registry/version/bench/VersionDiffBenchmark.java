package dev.praxis.registry.version.bench;

import dev.praxis.registry.version.ContentDiff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The diff of two versions of a 40-step practice (goal: p95 at most 20 ms). A main class in the
 * test sources, never a test, so {@code verify} does not run it; docs/versions.md says how to run it.
 * Version 2 changes 10 steps (a sentence rewritten), moves 3, adds 2 and removes 1.
 */
public final class VersionDiffBenchmark {

    private static final String[] SENTENCES = {
            "Министерство экономического развития готовит проект регламента и согласует его с муниципалитетами.",
            "Рабочая группа проводит анализ обращений предпринимателей за последние три года.",
            "Центр «Мой бизнес» открывает окна приёма в каждом районном центре области.",
            "Специалисты проходят обучение по единому стандарту обслуживания заявителей.",
            "Результаты пилотного запуска обсуждаются на общественном совете при губернаторе.",
            "Сроки рассмотрения заявок сокращаются за счёт электронного документооборота.",
            "Муниципальные администрации назначают ответственных за сопровождение инвесторов.",
            "Региональный портал публикует сведения о мерах поддержки в открытом доступе.",
    };

    private VersionDiffBenchmark() {
    }

    public static void main(String[] args) {
        int runs = Integer.getInteger("bench.runs", 2_000);
        var random = new Random(42);
        var before = practice(steps(random));
        var after = revised(before, random);

        for (int i = 0; i < 500; i++) {
            ContentDiff.between(before, after);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ContentDiff.between(before, after);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("diff of two 40-step versions, %d runs: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                runs, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[runs - 1] / 1e6);
        System.out.printf("machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private static List<ObjectNode> steps(Random random) {
        var steps = new ArrayList<ObjectNode>();
        for (int i = 1; i <= 40; i++) {
            var step = JsonMapper.shared().createObjectNode();
            step.put("title", "Шаг " + i + ": " + SENTENCES[i % SENTENCES.length].split(" ", 4)[3]);
            var description = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                description.append(s == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
            }
            step.put("description", description + " Этап " + i + ".");
            step.put("responsible", "Министерство экономического развития");
            step.put("durationDays", 10 + random.nextInt(80));
            steps.add(step);
        }
        return steps;
    }

    private static ObjectNode practice(List<ObjectNode> steps) {
        var practice = JsonMapper.shared().createObjectNode();
        practice.put("title", "Центр оказания услуг для бизнеса «Мой бизнес»");
        practice.put("summary", "Все меры поддержки малого и среднего бизнеса в одном окне и онлайн.");
        practice.put("problem", SENTENCES[0] + " " + SENTENCES[1]);
        practice.put("solution", SENTENCES[2] + " " + SENTENCES[3]);
        practice.put("budgetRub", 12_500_000.5);
        practice.putArray("tags").add("МФЦ").add("единое окно");
        ArrayNode array = practice.putArray("steps");
        steps.forEach(array::add);
        return practice;
    }

    private static JsonNode revised(ObjectNode before, Random random) {
        var steps = new ArrayList<ObjectNode>();
        before.get("steps").values().forEach(step -> steps.add((ObjectNode) step.deepCopy()));
        for (int i = 0; i < 10; i++) {
            var step = steps.get(i * 4 + 1);
            step.put("description", step.get("description").stringValue()
                    .replaceFirst("готовит проект", "разрабатывает и утверждает проект")
                    .replaceFirst("Этап", "Обновлённый этап") + " " + SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        for (int from : new int[] {3, 11, 27}) {
            steps.add(steps.remove(from));
        }
        steps.remove(20);
        var added = steps.getFirst().deepCopy();
        added.put("title", "Шаг 41: мониторинг результатов");
        added.put("description", SENTENCES[4] + " " + SENTENCES[5]);
        steps.add(10, added);
        var another = added.deepCopy();
        another.put("title", "Шаг 42: тиражирование в соседние регионы");
        steps.add(another);
        var after = before.deepCopy();
        after.put("problem", SENTENCES[0] + " " + SENTENCES[6]);
        ArrayNode array = after.putArray("steps");
        steps.forEach(array::add);
        return after;
    }
}
