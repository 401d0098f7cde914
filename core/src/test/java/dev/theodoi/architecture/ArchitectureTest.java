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

  /** The whole of core may use the JDK, Guava, Jakarta Validation, the SLF4J API and itself: nothing else. */
  static final ArchRule CORE_ALLOW_LIST = classes()
      .that().resideInAPackage("dev.theodoi..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "java..", "com.google.common..", "com.google.errorprone.annotations..", "jakarta.validation..",
          "org.slf4j..", "dev.theodoi..")
      .as("core depends only on the JDK, Guava, Jakarta Validation, SLF4J and itself");

  /** Driven ports know the domain, never the use cases or an adapter. */
  static final ArchRule PORTS_DO_NOT_SEE_USE_CASES = classes()
      .that().resideInAPackage("dev.theodoi.port..")
      .should().onlyDependOnClassesThat().resideOutsideOfPackages("dev.theodoi.application..", "dev.theodoi.inmemory..")
      .as("ports do not depend on the use cases or the adapters");

  /** Adapters implement ports; they never call the use cases. */
  static final ArchRule ADAPTERS_DO_NOT_SEE_USE_CASES = classes()
      .that().resideInAPackage("dev.theodoi.inmemory..")
      .should().onlyDependOnClassesThat().resideOutsideOfPackage("dev.theodoi.application..")
      .as("adapters do not depend on the use cases");

  /** Internal packages are used only by their own parent package. */
  static final ArchRule INTERNALS_STAY_INSIDE = classes()
      .that().resideInAPackage("dev.theodoi.application.internal..")
      .should().onlyBeAccessed().byClassesThat().resideInAPackage("dev.theodoi.application..")
      .as("application internals are used only by the application");

  @Test
  void coreDependsOnlyOnTheAllowList() {
    CORE_ALLOW_LIST.check(CORE);
  }

  @Test
  void portsAndAdaptersDoNotDependOnUseCases() {
    PORTS_DO_NOT_SEE_USE_CASES.check(CORE);
    ADAPTERS_DO_NOT_SEE_USE_CASES.check(CORE);
    INTERNALS_STAY_INSIDE.check(CORE);
  }

  @Test
  void thePortAndAdapterRulesFireOnClassesThatBreakThem() {
    JavaClasses port = new ClassFileImporter().importClasses(
        dev.theodoi.port.archviolation.PortThatCallsAUseCase.class, dev.theodoi.application.Theodoi.class);
    JavaClasses adapter = new ClassFileImporter().importClasses(
        dev.theodoi.inmemory.archviolation.AdapterThatCallsAUseCase.class, dev.theodoi.application.Theodoi.class);

    assertThat(PORTS_DO_NOT_SEE_USE_CASES.evaluate(port).hasViolation()).isTrue();
    assertThat(ADAPTERS_DO_NOT_SEE_USE_CASES.evaluate(adapter).hasViolation()).isTrue();
    assertThat(CORE_ALLOW_LIST.evaluate(new ClassFileImporter().importClasses(LeaksAFramework.class)).hasViolation())
        .isTrue();
  }

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
