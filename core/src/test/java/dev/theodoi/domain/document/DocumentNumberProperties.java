package dev.theodoi.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.testing.DomainArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DocumentNumberProperties {
  @Provide
  Arbitrary<String> numbers() {
    return DomainArbitraries.documentNumberTexts();
  }

  @Property
  void printingAParsedNumberGivesBackTheInput(@ForAll("numbers") String text) {
    assertThat(DocumentNumber.parse(text).toString()).isEqualTo(text);
  }

  @Property
  void aParsedNumberEqualsItsReparse(@ForAll("numbers") String text) {
    DocumentNumber n = DocumentNumber.parse(text);
    assertThat(DocumentNumber.parse(n.toString())).isEqualTo(n);
  }
}
