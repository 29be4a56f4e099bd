package dev.praxis.registry.expert;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.reference.ReferenceData;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The expert feature's public face: an expert keeps their own profile, a coordinator sees every
 * profile and corrects it. Roles are the security configuration's; this checks the content.
 */
@Service
@Transactional
public class ExpertService {

    private final ExpertProfiles profiles;
    private final ReferenceData reference;

    ExpertService(ExpertProfiles profiles, ReferenceData reference) {
        this.profiles = profiles;
        this.reference = reference;
    }

    /** @throws ExpertNotFound when the expert has written no profile yet */
    @Transactional(readOnly = true)
    public ExpertProfile find(String username) {
        return profiles.findById(username).orElseThrow(() -> new ExpertNotFound(username));
    }

    @Transactional(readOnly = true)
    public Optional<ExpertProfile> findIfAny(String username) {
        return profiles.findById(username);
    }

    @Transactional(readOnly = true)
    public Page<ExpertProfile> all(int page, int size) {
        return profiles.findAllByOrderByDisplayNameAscUsernameAsc(PageRequest.of(page, size));
    }

    /** Every profile: the conflict list and, later, the ranked suggestion go through all experts. */
    @Transactional(readOnly = true)
    public List<ExpertProfile> everyone() {
        return profiles.findAllByOrderByUsername();
    }

    /** The signed-in expert writes or rewrites their own profile. */
    public ExpertProfile saveOwn(Actor expert, ExpertProfileDraft draft) {
        return save(expert.username(), draft);
    }

    /** A coordinator writes or corrects the profile of {@code username}. */
    public ExpertProfile save(String username, ExpertProfileDraft draft) {
        check(draft);
        var profile = profiles.findById(username)
                .map(found -> {
                    found.update(draft);
                    return found;
                })
                .orElseGet(() -> ExpertProfile.create(username, draft));
        return profiles.save(profile);
    }

    /** The profile locked until the caller's transaction ends: invitations of one expert count one after the other. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ExpertProfile> lock(String username) {
        return profiles.findForUpdate(username);
    }

    private void check(ExpertProfileDraft draft) {
        if (!reference.isKnownRegion(draft.regionCode())) {
            throw new InvalidProfile("regionCode", "KnownRegion", "must be a known region code, see GET /api/v1/regions");
        }
        if (draft.maxOpenReviews() < ExpertProfileDraft.MIN_OPEN_REVIEWS
                || draft.maxOpenReviews() > ExpertProfileDraft.MAX_OPEN_REVIEWS) {
            throw new InvalidProfile("maxOpenReviews", "Range", "must be between %d and %d"
                    .formatted(ExpertProfileDraft.MIN_OPEN_REVIEWS, ExpertProfileDraft.MAX_OPEN_REVIEWS));
        }
        for (int i = 0; i < draft.directions().size(); i++) {
            if (!reference.isKnownDirection(draft.directions().get(i))) {
                throw new InvalidProfile("directions[%d]".formatted(i), "KnownDirection",
                        "must be a known direction code, see GET /api/v1/directions");
            }
        }
        for (int i = 0; i < draft.conflictRegions().size(); i++) {
            if (!reference.isKnownRegion(draft.conflictRegions().get(i))) {
                throw new InvalidProfile("conflicts.regions[%d]".formatted(i), "KnownRegion",
                        "must be a known region code, see GET /api/v1/regions");
            }
        }
    }
}
