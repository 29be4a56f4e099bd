package dev.praxis.registry.attachment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Attachments extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByPracticeIdOrderByUploadedAtAscIdAsc(UUID practiceId);

    Optional<Attachment> findByIdAndPracticeId(UUID id, UUID practiceId);

    long countByPracticeId(UUID practiceId);

    /**
     * Holds the practice's row against a concurrent submit (which takes it for update) until the calling
     * transaction ends, so an attachment never lands on a practice that has just left its editable status,
     * and two uploads count one after the other.
     */
    @Query(value = "select id from practices where id = :practiceId for update", nativeQuery = true)
    Optional<UUID> lockPractice(UUID practiceId);
}
