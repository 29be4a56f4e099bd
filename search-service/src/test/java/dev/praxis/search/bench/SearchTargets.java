package dev.praxis.search.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.praxis.search.bench.LoadHarness.Client;
import dev.praxis.search.bench.LoadHarness.Target;
import dev.praxis.search.bench.PracticeGenerator.Query;

/** The three things the benchmark searches, each asked the same queries. */
final class SearchTargets {

    static final String DIRECT = "OpenSearch direct";
    static final String PASS_THROUGH = "OpenSearch through a bare pass-through";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The start of an OpenSearch response whose total is zero. */
    private static final java.util.regex.Pattern NOTHING_FOUND =
            java.util.regex.Pattern.compile("\"hits\":\\{\"total\":\\{\"value\":0,");

    private SearchTargets() {
    }

    /** The full public search of search-service: ranking, facets, highlighting and the total. */
    static Target service(String searchUrl) {
        return service("search-service", searchUrl);
    }

    /** The same search of another search-service, such as one built with a change to compare. */
    static Target service(String name, String searchUrl) {
        var http = http();
        return target(name, () -> query -> {
            var uri = new StringBuilder(searchUrl).append("/api/v1/practices/search?q=").append(Api.encode(query.text()));
            if (query.regionCode() != null) {
                uri.append("&region=").append(query.regionCode());
            }
            if (query.directionCode() != null) {
                uri.append("&direction=").append(query.directionCode());
            }
            return ok(http, HttpRequest.newBuilder(URI.create(uri.toString())).GET());
        });
    }

    /**
     * The very requests the service would send for each query, posted straight to OpenSearch: the
     * first try, and the looser ones while nothing is found.
     *
     * @param requestCache whether they ask for OpenSearch's request cache, as the service does unless
     *        started with {@code PRAXIS_SEARCH_REQUEST_CACHE=false}
     */
    static Target openSearch(String openSearchUrl, List<Query> queries, boolean requestCache)
            throws ReflectiveOperationException {
        return openSearch(DIRECT, openSearchUrl, tries(queries, requestCache));
    }

    /**
     * The requests the service would send for each query, built once for every target that sends
     * them (building them takes reflection and the client's serialiser).
     */
    static Map<Query, Tries> tries(List<Query> queries, boolean requestCache) throws ReflectiveOperationException {
        var bodies = new ServiceSearchBody();
        var tries = new HashMap<Query, Tries>();
        for (Query query : queries) {
            var these = Tries.of(bodies, query);
            tries.put(query, requestCache ? these : these.uncached());
        }
        return tries;
    }

    /** Those requests sent to {@code url}: OpenSearch itself, or a {@link PassThrough} in front of it. */
    static Target openSearch(String name, String url, Map<Query, Tries> tries) {
        var http = http();
        return target(name, () -> query -> send(http, url, tries.get(query)).getLast().ok());
    }

    /** The requests one search may take, as the service sends them. */
    record Tries(ServiceSearchBody.Request first, ServiceSearchBody.Request textMatches, List<ServiceSearchBody.Request> looser) {

        static Tries of(ServiceSearchBody bodies, Query query) throws ReflectiveOperationException {
            return new Tries(bodies.of(query), bodies.textMatches(query), bodies.looser(query));
        }

        /** The same requests with OpenSearch's request cache turned off. */
        Tries uncached() {
            return new Tries(first.uncached(), textMatches == null ? null : textMatches.uncached(),
                    looser.stream().map(ServiceSearchBody.Request::uncached).toList());
        }
    }

    /** A request sent for a search and OpenSearch's answer to it. */
    record Exchange(ServiceSearchBody.Request request, HttpResponse<String> response) {

        boolean ok() {
            return response.statusCode() == 200;
        }
    }

    /**
     * Sends the first try and, as the service does, the looser ones in turn while the text matches
     * nothing: nothing found, and for a filtered search nothing either before the filters (one more
     * count).
     *
     * @return the requests sent, in order, with their answers; the last one failed if any did
     */
    static List<Exchange> send(HttpClient http, String openSearchUrl, Tries tries) throws Exception {
        var sent = new java.util.ArrayList<Exchange>();
        var first = exchange(http, openSearchUrl, tries.first(), sent);
        if (!first.ok() || tries.looser().isEmpty() || !nothingFound(first.response().body())) {
            return sent;
        }
        if (tries.textMatches() != null) {
            var count = exchange(http, openSearchUrl, tries.textMatches(), sent);
            if (!count.ok() || !nothingFound(count.response().body())) {
                return sent;
            }
        }
        for (var looser : tries.looser()) {
            var answer = exchange(http, openSearchUrl, looser, sent);
            if (!answer.ok() || !nothingFound(answer.response().body())) {
                break;
            }
        }
        return sent;
    }

    private static Exchange exchange(HttpClient http, String openSearchUrl, ServiceSearchBody.Request request,
                                     List<Exchange> sent) throws Exception {
        var exchange = new Exchange(request, post(http, openSearchUrl, request));
        sent.add(exchange);
        return exchange;
    }

    static boolean nothingFound(String response) {
        return NOTHING_FOUND.matcher(response).find();
    }

    private static HttpResponse<String> post(HttpClient http, String openSearchUrl, ServiceSearchBody.Request request)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(openSearchUrl + request.pathAndQuery()))
                .header("Content-Type", request.contentType()).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * PostgreSQL full text over the registry's own table: the first ten by {@code ts_rank_cd}, with no
     * total count, no facets and no highlighting — less work than the service does, on purpose a floor.
     */
    static Target postgres(RegistryTables tables) {
        String sql = """
                select id, title, ts_rank_cd(%1$s, query) as rank
                  from practices, websearch_to_tsquery('russian', ?) query
                 where status = 'APPROVED' and %1$s @@ query
                   and (cast(? as text) is null or region_code = ?)
                   and (cast(? as text) is null or direction_code = ?)
                 order by rank desc
                 limit 10""".formatted(RegistryTables.DOCUMENT);
        return target("PostgreSQL full text", () -> {
            var connection = tables.connect();
            var statement = connection.prepareStatement(sql);
            return new Client() {
                @Override
                public boolean search(Query query) throws Exception {
                    statement.setString(1, query.text());
                    statement.setString(2, query.regionCode());
                    statement.setString(3, query.regionCode());
                    statement.setString(4, query.directionCode());
                    statement.setString(5, query.directionCode());
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            rows.getString(2);
                        }
                    }
                    return true;
                }

                @Override
                public void close() throws Exception {
                    connection.close();
                }
            };
        });
    }

    private interface Connector {
        Client connect() throws Exception;
    }

    private static Target target(String name, Connector connector) {
        return new Target() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Client connect() throws Exception {
                return connector.connect();
            }
        };
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static boolean ok(HttpClient http, HttpRequest.Builder request) throws Exception {
        var response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200;
    }
}
