package dev.praxis.registry.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.ListIndexBase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A version of the rubric experts score practices by. A version never changes once written: a
 * new rubric is a new version, and a round keeps the version it started with.
 */
@Entity
@Table(name = "rubric_versions")
public class Rubric {

    /** The weights of a rubric are percentages of the whole. */
    public static final int TOTAL_WEIGHT = 100;

    @Id
    private int version;
    private Instant createdAt;
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rubric_criteria", joinColumns = @JoinColumn(name = "rubric_version"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Criterion> criteria = new ArrayList<>();

    protected Rubric() {
    }

    /**
     * @throws RubricRefused when two criteria share a code or the weights do not add up to {@value #TOTAL_WEIGHT}
     */
    static Rubric next(Rubric current, List<Criterion> criteria, String by, Instant now) {
        var codes = new HashSet<String>();
        for (int i = 0; i < criteria.size(); i++) {
            if (!codes.add(criteria.get(i).code())) {
                throw new RubricRefused("criteria[%d].code".formatted(i), "UniqueCode",
                        "must differ from the codes of the other criteria");
            }
        }
        int total = criteria.stream().mapToInt(Criterion::weight).sum();
        if (total != TOTAL_WEIGHT) {
            throw new RubricRefused("criteria", "WeightsSumTo100",
                    "weights must add up to %d, not %d".formatted(TOTAL_WEIGHT, total));
        }
        var rubric = new Rubric();
        rubric.version = current.version + 1;
        rubric.createdAt = now;
        rubric.createdBy = by;
        rubric.criteria = new ArrayList<>(criteria);
        return rubric;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(criterion -> criterion.code().equals(code)).findFirst();
    }
}
