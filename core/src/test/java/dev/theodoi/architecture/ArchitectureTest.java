package dev.theodoi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.theodoi.domain.archviolation.LeaksAFramework;
import org.junit.jupiter.api.Test;

/** The architecture rules of core, each shown to fire on a class that breaks it. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.theodoi");

  /** The domain may use the JDK, Guava, Jakarta Validation, the SLF4J API and its own packages: nothing else. */
  static final ArchRule DOMAIN_ALLOW_LIST = classes()
      .that().resideInAPackage("dev.theodoi.domain..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "java..", "com.google.common..", "com.google.errorprone.annotations..", "jakarta.validation..",
          "org.slf4j..", "dev.theodoi.domain..")
      .as("the domain depends only on the JDK, Guava, Jakarta Validation, SLF4J and itself");

  /** The domain knows nothing of use cases, ports or adapters. */
  static final ArchRule DOMAIN_IS_THE_CENTRE = classes()
      .that().resideInAPackage("dev.theodoi.domain..")
      .should().onlyDependOnClassesThat().resideOutsideOfPackages(
          "dev.theodoi.application..", "dev.theodoi.port..", "dev.theodoi.inmemory..")
      .as("the domain does not depend on the application, the ports or the adapters");

  @Test
  void domainDependsOnlyOnTheAllowList() {
    DOMAIN_ALLOW_LIST.check(CORE);
  }

  @Test
  void domainIsTheCentreOfTheHexagon() {
    DOMAIN_IS_THE_CENTRE.check(CORE);
  }

  @Test
  void theAllowListRuleFiresOnAClassThatBreaksIt() {
    JavaClasses offender = new ClassFileImporter().importClasses(LeaksAFramework.class);

    EvaluationResult result = DOMAIN_ALLOW_LIST.evaluate(offender);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("org.assertj.core.api.Assertions"));
  }

  @Test
  void theRulesLookAtRealClasses() {
    assertThat(CORE.that(com.tngtech.archunit.base.DescribedPredicate.describe("in domain",
        c -> c.getPackageName().startsWith("dev.theodoi.domain")))).hasSizeGreaterThan(20);
  }
}
