package dev.theodoi.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The adapter implements ports; it never calls the use cases. */
class JdbcArchitectureTest {
  static final ArchRule ADAPTER_SEES_ONLY_PORTS_AND_DOMAIN = classes()
      .that().resideInAPackage("dev.theodoi.jdbc..")
      .should().onlyDependOnClassesThat().resideOutsideOfPackage("dev.theodoi.application..")
      .as("the JDBC adapter does not depend on the use cases");

  @Test
  void theAdapterDependsOnPortsAndDomainOnly() {
    ADAPTER_SEES_ONLY_PORTS_AND_DOMAIN.check(new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.theodoi.jdbc"));
  }

  @Test
  void theRuleFiresOnAClassThatCallsAUseCase() {
    assertThat(ADAPTER_SEES_ONLY_PORTS_AND_DOMAIN.evaluate(new ClassFileImporter()
        .importClasses(AtomicityTests.class)).hasViolation()).isTrue();
  }
}
