package dev.praxis.search.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.praxis.search.bench.Vocabulary.Indicator;
import dev.praxis.search.bench.Vocabulary.Topic;

/**
 * Realistic approved practices in Russian, the same ones for the same seed: a title, a problem and a
 * solution of 40–120 words each, 3–8 steps, 1–3 measured effects, tags, a region, a start year and a
 * budget from every band. Also the queries people would type to find them.
 */
final class PracticeGenerator {

    record Region(String code, String name, String federalDistrict) {
    }

    record Direction(String code, String name) {
    }

    record Step(String title, String description, String responsible, Integer durationDays) {
    }

    record Effect(String indicator, String unit, BigDecimal before, BigDecimal after) {
    }

    record Practice(UUID id, String title, String summary, Region region, String municipality, Direction direction,
                    List<String> tags, Integer startYear, BigDecimal budgetRub, String problem, String solution,
                    List<Step> steps, List<Effect> effects, String authorName, int replicationCount,
                    Double expertScore) {
    }

    /** A search as the load harness sends it: free text, optionally narrowed to one region or direction. */
    record Query(String text, String regionCode, String directionCode) {
    }

    private static final int MIN_PARAGRAPH_WORDS = 40;
    private static final int MAX_PARAGRAPH_WORDS = 120;

    private final Random random;
    private final List<Region> regions;
    private final List<Direction> directions;

    PracticeGenerator(long seed, List<Region> regions, List<Direction> directions) {
        this.random = new Random(seed);
        this.regions = List.copyOf(regions);
        this.directions = List.copyOf(directions);
    }

    Practice next() {
        var direction = pick(directions);
        var topic = Vocabulary.topic(direction.code());
        String initiative = pick(topic.initiatives());
        String audience = pick(topic.audiences());
        String title = join(initiative, audience, pick(topic.places()));
        String measure = pick(topic.measures());
        String summary = initiative + " " + audience + ": " + measure + ".";
        return new Practice(new UUID(random.nextLong(), random.nextLong()), title, summary, pick(regions),
                random.nextInt(3) == 0 ? pick(Vocabulary.MUNICIPALITIES) : null, direction, tags(topic),
                random.nextInt(10) == 0 ? null : 2012 + random.nextInt(14), budget(),
                problem(topic, audience), solution(topic, initiative, audience), steps(topic), effects(topic),
                pick(Vocabulary.AUTHORS), random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(12),
                random.nextInt(10) < 6 ? null : 1 + random.nextInt(41) / 10.0);
    }

    /** Draws {@code count} practices and drops them: what a run that loaded them would have drawn. */
    void skip(int count) {
        for (int i = 0; i < count; i++) {
            next();
        }
    }

    /**
     * {@code count} searches built from the same vocabulary: typical phrases of every direction, a
     * few with a word misspelt, and some narrowed to a region or a direction.
     */
    List<Query> queries(int count) {
        var phrases = new ArrayList<String>();
        Vocabulary.BY_DIRECTION.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> phrases.addAll(entry.getValue().queries()));
        var queries = new ArrayList<Query>(count);
        for (int i = 0; i < count; i++) {
            String text = phrases.get(i % phrases.size());
            if (i >= phrases.size() && random.nextInt(4) == 0) {
                text = misspell(text);
            }
            int narrowing = random.nextInt(10);
            queries.add(new Query(text, narrowing < 2 ? pick(regions).code() : null,
                    narrowing == 2 ? pick(directions).code() : null));
        }
        return queries;
    }

    private String problem(Topic topic, String audience) {
        var sentences = new ArrayList<String>();
        sentences.add("Основная проблема — " + pick(topic.problems()) + " " + audience + ".");
        sentences.add("Это связано с тем, что " + pick(topic.causes()) + ".");
        sentences.add("В результате " + pick(topic.consequences()) + ".");
        sentences.add("По данным мониторинга, с этим сталкиваются в " + (20 + random.nextInt(70))
                + " % муниципальных образований, а " + pick(topic.problems()) + " отмечается ежегодно.");
        return paragraph(sentences, Vocabulary.PROBLEM_FILLERS);
    }

    private String solution(Topic topic, String initiative, String audience) {
        var sentences = new ArrayList<String>();
        sentences.add("Создан проект «" + initiative + "» " + audience + ".");
        sentences.add("В рамках практики " + pick(topic.measures()) + ".");
        sentences.add("Дополнительно " + pick(topic.measures()) + ", а также " + pick(topic.measures()) + ".");
        return paragraph(sentences, Vocabulary.SOLUTION_FILLERS);
    }

    /** The topic's sentences, then general ones in random order, until the paragraph has its drawn length. */
    private String paragraph(List<String> own, List<String> fillers) {
        int target = MIN_PARAGRAPH_WORDS + random.nextInt(MAX_PARAGRAPH_WORDS - MIN_PARAGRAPH_WORDS + 1);
        var sentences = new ArrayList<>(fillers);
        Collections.shuffle(sentences, random);
        sentences.addAll(0, own);
        var text = new StringBuilder();
        int words = 0;
        for (String sentence : sentences) {
            if (words >= target) {
                break;
            }
            int sentenceWords = sentence.split(" ").length;
            if (words >= MIN_PARAGRAPH_WORDS && words + sentenceWords > MAX_PARAGRAPH_WORDS) {
                break;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentence);
            words += sentenceWords;
        }
        return text.toString();
    }

    private List<Step> steps(Topic topic) {
        int count = 3 + random.nextInt(6);
        var steps = new ArrayList<Step>(count);
        for (int i = 0; i < count; i++) {
            String measure = pick(topic.measures());
            String description = Character.toUpperCase(measure.charAt(0)) + measure.substring(1)
                    + ". Результат этапа фиксируется в отчёте рабочей группы.";
            steps.add(new Step(pick(Vocabulary.STEP_TITLES), description, pick(Vocabulary.RESPONSIBLE),
                    random.nextInt(8) == 0 ? null : 5 + random.nextInt(176)));
        }
        return steps;
    }

    private List<Effect> effects(Topic topic) {
        int count = 1 + random.nextInt(Math.min(3, topic.indicators().size()));
        var indicators = new ArrayList<>(topic.indicators());
        Collections.shuffle(indicators, random);
        var effects = new ArrayList<Effect>(count);
        for (Indicator indicator : indicators.subList(0, count)) {
            double before = indicator.typicalBefore() * (0.6 + random.nextDouble() * 0.8);
            double change = 0.1 + random.nextDouble() * 0.5;
            double after = indicator.lowerIsBetter() ? before * (1 - change) : before * (1 + change);
            effects.add(new Effect(indicator.name(), indicator.unit(), scaled(before), scaled(after)));
        }
        return effects;
    }

    private List<String> tags(Topic topic) {
        var tags = new LinkedHashSet<String>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            tags.add(pick(topic.tags()));
        }
        return List.copyOf(tags);
    }

    /** Every band of the public budget filter, and sometimes no budget at all. */
    private BigDecimal budget() {
        double roubles = switch (random.nextInt(5)) {
            case 0 -> 50_000 + random.nextDouble() * 950_000;
            case 1 -> 1_000_000 + random.nextDouble() * 9_000_000;
            case 2 -> 10_000_000 + random.nextDouble() * 90_000_000;
            case 3 -> 100_000_000 + random.nextDouble() * 2_000_000_000;
            default -> -1;
        };
        return roubles < 0 ? null : BigDecimal.valueOf(roubles).setScale(2, RoundingMode.HALF_UP);
    }

    /** Swaps two letters in the middle of the longest word: the typo a hurried user makes. */
    private static String misspell(String text) {
        String[] words = text.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String word = words[longest];
        if (word.length() < 5) {
            return text;
        }
        int at = word.length() / 2;
        words[longest] = word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        return String.join(" ", words);
    }

    private static BigDecimal scaled(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static String join(String... parts) {
        return String.join(" ", Arrays.stream(parts).filter(part -> !part.isEmpty()).toList());
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
