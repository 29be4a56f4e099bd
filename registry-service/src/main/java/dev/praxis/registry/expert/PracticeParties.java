package dev.praxis.registry.expert;

import dev.praxis.registry.practice.Practice;

import java.util.List;
import java.util.UUID;

/** Who stands behind a practice, as far as the conflict-of-interest policy asks. */
public record PracticeParties(UUID practiceId, String regionCode, String authorOrganisation, String authorUsername,
                              String authorName, List<Member> team) {

    public PracticeParties {
        team = team == null ? List.of() : List.copyOf(team);
    }

    public static PracticeParties of(Practice practice) {
        return new PracticeParties(practice.getId(), practice.getRegionCode(), practice.getAuthorOrganisation(),
                practice.getAuthorUsername(), practice.getAuthorName(),
                practice.getTeam().stream().map(member -> new Member(member.name(), member.email())).toList());
    }

    /** A team member as the card names them: a name, and an e-mail when the author gave one. */
    public record Member(String name, String email) {
    }
}
