package dev.praxis.web.indexing;

import dev.praxis.web.downstream.ServiceException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** search-service's index rebuilds, called with the signed-in admin's token. */
@Component
class IndexRebuilds {

    private final RestClient search;

    IndexRebuilds(@Qualifier("search") RestClient search) {
        this.search = search;
    }

    /** Empty when there was no rebuild since search-service started. */
    Optional<Rebuild> latest() {
        try {
            return Optional.ofNullable(search.get().uri("/api/v1/admin/index-rebuilds/latest").retrieve()
                    .body(Rebuild.class));
        } catch (ServiceException.Refused refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /** Throws {@link ServiceException.RuleViolated} (rule {@code rebuild-running}) while one runs. */
    Rebuild start() {
        return search.post().uri("/api/v1/admin/index-rebuilds").retrieve().body(Rebuild.class);
    }
}
