package dev.praxis.registry.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * Review settings ({@code praxis.review.*}): how many submitted reviews close a round, how many
 * days a round and an invitation run by default, and the zone whose calendar due dates follow.
 */
@ConfigurationProperties("praxis.review")
record ReviewProperties(@DefaultValue("2") int quorum, @DefaultValue("14") int roundDays,
                        @DefaultValue("14") int invitationDays, @DefaultValue("Europe/Moscow") ZoneId zone) {

    ReviewProperties {
        if (quorum < 1 || roundDays < 1 || invitationDays < 1) {
            throw new IllegalArgumentException("praxis.review.quorum, round-days and invitation-days must be at least 1");
        }
    }
}
