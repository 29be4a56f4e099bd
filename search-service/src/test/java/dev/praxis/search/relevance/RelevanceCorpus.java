package dev.praxis.search.relevance;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The fixed corpus: hand-written practices from {@code relevance/corpus.json} plus the {@link Distractors}. */
record RelevanceCorpus(List<ObjectNode> practices) {

    static RelevanceCorpus load(JsonMapper json) {
        var practices = new ArrayList<ObjectNode>();
        for (JsonNode card : json.readTree(resource("relevance/corpus.json"))) {
            practices.add((ObjectNode) card);
        }
        practices.addAll(Distractors.generate(json));
        return new RelevanceCorpus(List.copyOf(practices));
    }

    static List<JudgedQuery> judgments(JsonMapper json) {
        return json.readValue(resource("relevance/judgments.json"), JudgedQuery.Judgments.class).queries();
    }

    List<String> ids() {
        return practices.stream().map(card -> card.get("id").asString()).toList();
    }

    /** Step titles and descriptions as one text, for the PostgreSQL baseline's vector. */
    static String stepsText(JsonNode card) {
        return card.get("steps").valueStream()
                .flatMap(step -> Stream.of(step.path("title").asString(""), step.path("description").asString("")))
                .collect(Collectors.joining(" "));
    }

    static String tagsText(JsonNode card) {
        return String.join(" ", card.get("tags").valueStream().map(JsonNode::asString).toList());
    }

    static InputStream resource(String path) {
        InputStream in = RelevanceCorpus.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing test resource " + path);
        }
        return in;
    }
}
