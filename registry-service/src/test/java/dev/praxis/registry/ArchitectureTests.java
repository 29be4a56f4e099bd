package dev.praxis.registry;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package-by-feature rules a newcomer could break without noticing. */
@AnalyzeClasses(packages = "dev.praxis.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresKnowNothingOfHttp = noClasses()
            .that().resideInAPackage("dev.praxis.registry..")
            .and().resideOutsideOfPackages("..web..", "dev.praxis.registry.security..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("dev.praxis.registry..web..", "org.springframework.web..", "jakarta.servlet..")
            .because("HTTP lives in each feature's web sub-package and in the shared web and security packages");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = slices()
            .matching("dev.praxis.registry.(*)..")
            // Nothing ignored, the shared web package included: it translates every feature's exceptions, so
            // no feature may depend on it (what they share, like PageResponse, lives in common.web).
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule webPackagesDoNotTouchPersistence = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .because("the API speaks in response records; JPA stays behind the feature's service");

    @ArchTest
    static final ArchRule endpointsDoNotReturnEntities = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
            .and().areMetaAnnotatedWith(RequestMapping.class)
            .should(returnNoEntity());

    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no JPA entity, not even inside ResponseEntity or a list") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getReturnType().getAllInvolvedRawTypes().stream()
                        .filter(type -> type.isAnnotatedWith(Entity.class))
                        .forEach(entity -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns the entity " + entity.getName())));
            }
        };
    }
}
