package dev.theodoi.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberTest {

  @Test
  void legalDocumentNumbersCarryTheYearAndTypeCode() {
    DocumentNumber n = DocumentNumber.parse("23/2016/QĐ-UBND");

    assertThat(n.format()).isEqualTo(DocumentNumberFormat.LEGAL);
    assertThat(n.number()).isEqualTo(23);
    assertThat(n.year()).isEqualTo(OptionalInt.of(2016));
    assertThat(n.typeCode()).contains("QĐ");
    assertThat(n.issuer()).isEqualTo("UBND");
    assertThat(n.symbol()).isEqualTo("QĐ-UBND");
    assertThat(n).hasToString("23/2016/QĐ-UBND");
  }

  @Test
  void decreesAndLawsAreLegalToo() {
    assertThat(DocumentNumber.parse("09/2019/NĐ-CP").typeCode()).contains("NĐ");
    DocumentNumber law = DocumentNumber.parse("45/2019/QH14");
    assertThat(law.format()).isEqualTo(DocumentNumberFormat.LEGAL);
    assertThat(law.typeCode()).isEmpty();
    assertThat(law.issuer()).isEqualTo("QH14");
  }

  @Test
  void administrativeNumbersHaveATypeCodeAndNoYear() {
    DocumentNumber n = DocumentNumber.parse("15/QĐ-BNV");

    assertThat(n.format()).isEqualTo(DocumentNumberFormat.ADMINISTRATIVE);
    assertThat(n.year()).isEmpty();
    assertThat(n.typeCode()).contains("QĐ");
    assertThat(n.issuer()).isEqualTo("BNV");
  }

  @Test
  void mixedCaseAndVietnameseLettersAreKeptExactly() {
    DocumentNumber n = DocumentNumber.parse("1460/QĐ-TTg");
    assertThat(n.issuer()).isEqualTo("TTg");
    assertThat(n).hasToString("1460/QĐ-TTg");
    assertThat(DocumentNumber.parse("08/CTr-UBND").typeCode()).contains("CTr");
    assertThat(DocumentNumber.parse("12/TTr-SYT").typeCode()).contains("TTr");
    assertThat(DocumentNumber.parse("03/NQ-HĐND")).hasToString("03/NQ-HĐND");
  }

  @Test
  void congVanHaveNoTypeCode() {
    DocumentNumber n = DocumentNumber.parse("12/UBND-VX");

    assertThat(n.format()).isEqualTo(DocumentNumberFormat.LETTER);
    assertThat(n.typeCode()).isEmpty();
    assertThat(n.issuer()).isEqualTo("UBND-VX");
    assertThat(DocumentNumber.parse("05/BNV-VP")).hasToString("05/BNV-VP");
  }

  @Test
  void partyDocumentsPutTheNumberFirst() {
    DocumentNumber n = DocumentNumber.parse("57-NQ/TW");

    assertThat(n.format()).isEqualTo(DocumentNumberFormat.PARTY);
    assertThat(n.number()).isEqualTo(57);
    assertThat(n.typeCode()).contains("NQ");
    assertThat(n.issuer()).isEqualTo("TW");
    assertThat(n.symbol()).isEqualTo("NQ/TW");
    assertThat(n).hasToString("57-NQ/TW");
  }

  @Test
  void numbersBelowTenArePadded() {
    assertThat(DocumentNumber.parse("05/QĐ-UBND").number()).isEqualTo(5);
    assertThat(DocumentNumber.parse("05/QĐ-UBND")).hasToString("05/QĐ-UBND");
  }

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', value = {
      "23QĐ-UBND          | missing '/' between number and symbol",
      "23/1890/QĐ-UBND    | year 1890 out of range 1945–2100",
      "23/16/QĐ-UBND      | year '16' must have four digits",
      "5/QĐ-UBND          | number 5 must be written with two digits: '05'",
      "012/QĐ-UBND        | number '012' must not have leading zeros",
      "00/QĐ-UBND         | number must be at least 1",
      "abc/QĐ-UBND        | number 'abc' must be digits",
      "/QĐ-UBND           | missing number before the symbol",
      "23/                | symbol after '/' is empty",
      "23/QĐ              | symbol 'QĐ' has a type code but no issuer",
      "23/QĐ--UBND        | empty part in symbol 'QĐ--UBND'",
      "23/QĐ-UB#ND        | unexpected character '#' in symbol 'QĐ-UB#ND'",
      "23/2016/QĐ-UBND/X  | too many '/'",
      "23/2016            | missing symbol after the year",
      "57-/TW             | missing type code between '-' and '/'",
      "57-NQ/             | missing issuer after '/'",
  })
  void malformedNumbersAreRejectedWithTheReason(String input, String problem) {
    assertThatThrownBy(() -> DocumentNumber.parse(input))
        .isInstanceOf(InvalidDocumentNumberException.class)
        .hasMessageContaining(problem)
        .hasMessageContaining("'" + input + "'")
        .extracting(e -> ((InvalidDocumentNumberException) e).problem()).asString().contains(problem);
  }

  @Test
  void blankAndSpacedInputIsRejected() {
    assertThatThrownBy(() -> DocumentNumber.parse(null)).hasMessageContaining("document number is empty");
    assertThatThrownBy(() -> DocumentNumber.parse("  ")).hasMessageContaining("document number is empty");
    assertThatThrownBy(() -> DocumentNumber.parse("23 /QĐ-UBND")).hasMessageContaining("white space");
  }

  @Test
  void identityIsTheWholeNumberNotTheNumberAlone() {
    assertThat(DocumentNumber.parse("15/QĐ-BNV")).isNotEqualTo(DocumentNumber.parse("15/QĐ-UBND"));
    assertThat(DocumentNumber.parse("15/QĐ-BNV")).isEqualTo(DocumentNumber.parse("15/QĐ-BNV"));
  }
}
