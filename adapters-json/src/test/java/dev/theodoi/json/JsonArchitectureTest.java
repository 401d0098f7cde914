package dev.theodoi.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The JSON adapter reads and writes through the ports; it never reaches into an in-memory or database store. */
class JsonArchitectureTest {
  static final ArchRule ONLY_THROUGH_PORTS = noClasses()
      .that().resideInAPackage("dev.theodoi.json..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.theodoi.inmemory..", "dev.theodoi.jdbc..")
      .as("the JSON adapter works through the ports only");

  @Test
  void theAdapterWorksThroughThePorts() {
    ONLY_THROUGH_PORTS.check(new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.theodoi.json"));
  }

  @Test
  void theRuleFiresOnAClassThatUsesAStoreDirectly() {
    assertThat(ONLY_THROUGH_PORTS.evaluate(new ClassFileImporter().importClasses(ExchangeTest.class)).hasViolation())
        .isTrue();
  }
}
