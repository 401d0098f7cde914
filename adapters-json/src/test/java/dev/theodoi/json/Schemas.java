package dev.theodoi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The shipped JSON Schema, checked with a maintained validator (networknt). */
final class Schemas {
  private static final JsonSchema SCHEMA;

  static {
    try (InputStream in = ExchangeFormat.schema()) {
      SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Schemas() {}

  static Set<ValidationMessage> problems(JsonNode document) {
    return SCHEMA.validate(document);
  }

  static void assertValid(byte[] json) {
    try {
      JsonNode node = new ObjectMapper().readTree(json);
      assertThat(problems(node)).as("schema problems").isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
