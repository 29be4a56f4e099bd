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
import org.opensearch.client.json.JsonpSerializable;
import org.opensearch.client.json.NdJsonpSerializable;
import org.opensearch.client.opensearch.core.MsearchRequest;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.data.client.osc.NativeQuery;
import org.springframework.data.elasticsearch.core.convert.ElasticsearchConverter;
import org.springframework.data.elasticsearch.core.convert.ElasticsearchCustomConversions;
import org.springframework.data.elasticsearch.core.convert.MappingElasticsearchConverter;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.mapping.SimpleElasticsearchMappingContext;

/**
 * The exact OpenSearch requests search-service sends for a public search: the first try and, when
 * that finds nothing, the looser ones, each one multi-search of a page of hits and the facets, built
 * by the service's own {@code SearchQueries} and converted by the same spring-data-opensearch
 * {@code RequestConverter} its {@code OpenSearchTemplate} uses, then serialised as the client would
 * send it (path, query parameters and body). Both are package-private in their libraries, so they
 * are reached by reflection.
 */
final class ServiceSearchBody {

    /** A request ready to be posted to OpenSearch: path with query string, content type and body. */
    record Request(String pathAndQuery, String contentType, String body) {

        /** The same request with OpenSearch's request cache turned off: what a search never asked before costs. */
        Request uncached() {
            return new Request(pathAndQuery.replace("request_cache=true", "request_cache=false"), contentType,
                    body.replace("\"request_cache\":true", "\"request_cache\":false"));
        }
    }

    /** A try's two requests, each as a search of its own, to measure them apart. */
    record Parts(Request hits, Request facets) {
    }

    private static final IndexCoordinates INDEX = IndexCoordinates.of("practices");

    private final JsonpMapper mapper = new JacksonJsonpMapper();
    private final Method firstTry;
    private final Method looserTries;
    private final Method textMatches;
    private final Method hasFacetFilters;
    private final Method hits;
    private final Method facets;
    private final Object converter;
    private final Method searchRequest;
    private final Method msearchRequest;
    private final Constructor<?> msearchParameter;

    ServiceSearchBody() throws ReflectiveOperationException {
        firstTry = accessible(SearchQueries.class.getDeclaredMethod("firstTry", PracticeSearch.class));
        looserTries = accessible(SearchQueries.class.getDeclaredMethod("looserTries", PracticeSearch.class));
        textMatches = accessible(SearchQueries.class.getDeclaredMethod("textMatches", PracticeSearch.class));
        hasFacetFilters = accessible(SearchQueries.class.getDeclaredMethod("hasFacetFilters", PracticeSearch.class));
        Class<?> tryType = Class.forName("dev.praxis.search.catalog.SearchQueries$Try");
        hits = accessible(tryType.getDeclaredMethod("hits"));
        facets = accessible(tryType.getDeclaredMethod("facets"));
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
        searchRequest = accessible(type.getMethod("searchRequest", org.springframework.data.elasticsearch.core.query.Query.class,
                String.class, Class.class, IndexCoordinates.class, boolean.class));
        msearchRequest = accessible(type.getMethod("searchMsearchRequest", List.class, String.class));
        msearchParameter = Class.forName("org.opensearch.data.client.osc.OpenSearchTemplate$MultiSearchQueryParameter")
                .getDeclaredConstructor(org.springframework.data.elasticsearch.core.query.Query.class, Class.class,
                        IndexCoordinates.class);
        msearchParameter.setAccessible(true);
    }

    /** The first try. */
    Request of(Query query) throws ReflectiveOperationException {
        return msearch(firstTry.invoke(null, practiceSearch(query)));
    }

    /** The first try's page of hits and its facets, each as a search of its own. */
    Parts parts(Query query) throws ReflectiveOperationException {
        Object attempt = firstTry.invoke(null, practiceSearch(query));
        return new Parts(search((NativeQuery) hits.invoke(attempt), false), search((NativeQuery) facets.invoke(attempt), false));
    }

    /** The looser tries, sent in turn while nothing is found; empty when there are none. */
    List<Request> looser(Query query) throws ReflectiveOperationException {
        var requests = new java.util.ArrayList<Request>();
        for (Object looser : (List<?>) looserTries.invoke(null, practiceSearch(query))) {
            requests.add(msearch(looser));
        }
        return requests;
    }

    /**
     * The count the service asks for when a filtered first try finds nothing: whether the text
     * alone matches anything; null without filters.
     */
    Request textMatches(Query query) throws ReflectiveOperationException {
        var search = practiceSearch(query);
        return (boolean) hasFacetFilters.invoke(null, search)
                ? search((NativeQuery) textMatches.invoke(null, search), true) : null;
    }

    private static PracticeSearch practiceSearch(Query query) {
        return PracticeSearch.of(new PracticeSearch.Request(query.text(), listOf(query.regionCode()),
                null, listOf(query.directionCode()), null, null, null, null, null, 0, 10, null), Viewer.PUBLIC);
    }

    private Request search(NativeQuery nativeQuery, boolean forCount) throws ReflectiveOperationException {
        var request = (SearchRequest) searchRequest.invoke(converter, nativeQuery, null, PracticeDocument.class, INDEX, forCount);
        var body = new StringWriter();
        try (var generator = mapper.jsonProvider().createGenerator(body)) {
            request.serialize(generator, mapper);
        }
        return new Request(pathAndQuery(SearchRequest._ENDPOINT.requestUrl(request),
                SearchRequest._ENDPOINT.queryParameters(request)), "application/json", body.toString());
    }

    /** Both requests of a try in one multi-search, as {@code OpenSearchTemplate.multiSearch} sends them. */
    private Request msearch(Object attempt) throws ReflectiveOperationException {
        var parameters = List.of(msearchParameter.newInstance(hits.invoke(attempt), PracticeDocument.class, INDEX),
                msearchParameter.newInstance(facets.invoke(attempt), PracticeDocument.class, INDEX));
        var request = (MsearchRequest) msearchRequest.invoke(converter, parameters, null);
        var body = new StringWriter();
        lines(request, body);
        return new Request(pathAndQuery(MsearchRequest._ENDPOINT.requestUrl(request),
                MsearchRequest._ENDPOINT.queryParameters(request)), "application/x-ndjson", body.toString());
    }

    /** Newline-delimited JSON: each header and each body on a line of its own. */
    private void lines(NdJsonpSerializable value, StringWriter out) {
        for (var it = value._serializables(); it.hasNext(); ) {
            Object item = it.next();
            if (item instanceof NdJsonpSerializable nested && item != value) {
                lines(nested, out);
            } else {
                try (var generator = mapper.jsonProvider().createGenerator(out)) {
                    ((JsonpSerializable) item).serialize(generator, mapper);
                }
                out.write('\n');
            }
        }
    }

    private static String pathAndQuery(String path, java.util.Map<String, String> query) {
        String parameters = query.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return parameters.isEmpty() ? path : path + "?" + parameters;
    }

    private static Method accessible(Method method) {
        method.setAccessible(true);
        return method;
    }

    private static List<String> listOf(String value) {
        return value == null ? null : List.of(value);
    }
}
