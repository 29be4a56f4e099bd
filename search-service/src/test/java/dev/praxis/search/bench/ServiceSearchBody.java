package dev.praxis.search.bench;

import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import dev.praxis.search.bench.PracticeGenerator.Query;
import dev.praxis.search.catalog.PracticeDocument;
import dev.praxis.search.catalog.PracticeSearch;
import dev.praxis.search.catalog.SearchQueries;
import dev.praxis.search.catalog.Viewer;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.data.client.osc.NativeQuery;
import org.springframework.data.elasticsearch.core.convert.ElasticsearchConverter;
import org.springframework.data.elasticsearch.core.convert.ElasticsearchCustomConversions;
import org.springframework.data.elasticsearch.core.convert.MappingElasticsearchConverter;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.mapping.SimpleElasticsearchMappingContext;

/**
 * The exact OpenSearch requests search-service sends for a public search: the first try and, when
 * that finds nothing, the looser ones, built by the service's own {@code SearchQueries}
 * and converted by the same spring-data-opensearch {@code RequestConverter}
 * its {@code OpenSearchTemplate} uses, then serialised as the client would send it (path, query
 * parameters and body). Both are package-private in their libraries, so they are reached by reflection.
 */
final class ServiceSearchBody {

    /** A request ready to be posted to OpenSearch: path with query string, and JSON body. */
    record Request(String pathAndQuery, String body) {
    }

    private final JsonpMapper mapper = new JacksonJsonpMapper();
    private final Method search;
    private final Method looserSearches;
    private final Method textMatches;
    private final Object converter;
    private final Method searchRequest;

    ServiceSearchBody() throws ReflectiveOperationException {
        search = SearchQueries.class.getDeclaredMethod("search", PracticeSearch.class);
        search.setAccessible(true);
        looserSearches = SearchQueries.class.getDeclaredMethod("looserSearches", PracticeSearch.class);
        looserSearches.setAccessible(true);
        textMatches = SearchQueries.class.getDeclaredMethod("textMatches", PracticeSearch.class);
        textMatches.setAccessible(true);
        // Wired as Spring Boot's data auto-configuration wires the service's converter.
        var conversions = new ElasticsearchCustomConversions(List.of());
        var context = new SimpleElasticsearchMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        var elasticsearchConverter = new MappingElasticsearchConverter(context);
        elasticsearchConverter.setConversions(conversions);
        elasticsearchConverter.afterPropertiesSet();
        Class<?> type = Class.forName("org.opensearch.data.client.osc.RequestConverter");
        Constructor<?> constructor = type.getConstructor(ElasticsearchConverter.class, JsonpMapper.class);
        constructor.setAccessible(true);
        converter = constructor.newInstance(elasticsearchConverter, mapper);
        searchRequest = type.getMethod("searchRequest", org.springframework.data.elasticsearch.core.query.Query.class,
                String.class, Class.class, IndexCoordinates.class, boolean.class);
        searchRequest.setAccessible(true);
    }

    /** The first try. */
    Request of(Query query) throws ReflectiveOperationException {
        return request((NativeQuery) search.invoke(null, practiceSearch(query)));
    }

    /** The looser tries, sent in turn while nothing is found; empty when there are none. */
    List<Request> looser(Query query) throws ReflectiveOperationException {
        var requests = new java.util.ArrayList<Request>();
        for (Object looser : (List<?>) looserSearches.invoke(null, practiceSearch(query))) {
            requests.add(request((NativeQuery) looser));
        }
        return requests;
    }

    /**
     * The count the service asks for when a filtered first try finds nothing: whether the text
     * alone matches anything; null without filters.
     */
    Request textMatches(Query query) throws ReflectiveOperationException {
        return query.regionCode() == null && query.directionCode() == null
                ? null : request((NativeQuery) textMatches.invoke(null, practiceSearch(query)));
    }

    private static PracticeSearch practiceSearch(Query query) {
        return PracticeSearch.of(new PracticeSearch.Request(query.text(), listOf(query.regionCode()),
                null, listOf(query.directionCode()), null, null, null, null, null, 0, 10, null), Viewer.PUBLIC);
    }

    private Request request(NativeQuery nativeQuery) throws ReflectiveOperationException {
        var request = (SearchRequest) searchRequest.invoke(converter, nativeQuery, null, PracticeDocument.class,
                IndexCoordinates.of("practices"), false);
        String parameters = SearchRequest._ENDPOINT.queryParameters(request).entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String path = SearchRequest._ENDPOINT.requestUrl(request);
        return new Request(parameters.isEmpty() ? path : path + "?" + parameters, json(request));
    }

    private String json(SearchRequest request) {
        var body = new StringWriter();
        try (var generator = mapper.jsonProvider().createGenerator(body)) {
            request.serialize(generator, mapper);
        }
        return body.toString();
    }

    private static List<String> listOf(String value) {
        return value == null ? null : List.of(value);
    }
}
