package dev.theodoi.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.InputStream;
import java.time.ZoneId;

/** The {@code theodoi/1} exchange format: its name, its JSON Schema, and the strict mapper that reads it. */
public final class ExchangeFormat {
  /** The value of the {@code format} field this version reads and writes. */
  public static final String FORMAT = "theodoi/1";
  /** Where the JSON Schema (draft 2020-12) of the format is in this jar. */
  public static final String SCHEMA_RESOURCE = "/dev/theodoi/json/theodoi-1.schema.json";
  /** Deepest nesting accepted; the format needs 7. */
  public static final int MAX_NESTING = 32;
  /** Longest string accepted, in characters; domain texts are at most 20,000. */
  public static final int MAX_STRING = 100_000;

  private ExchangeFormat() {}

  /** The JSON Schema of the format. The caller closes the stream. */
  public static InputStream schema() {
    return ExchangeFormat.class.getResourceAsStream(SCHEMA_RESOURCE);
  }

  /**
   * A mapper that reads exchange files strictly: duplicate keys, unknown fields, numbers where text belongs,
   * nesting deeper than {@value #MAX_NESTING} and strings longer than {@value #MAX_STRING} are errors.
   */
  public static ObjectMapper strictMapper(ZoneId zone) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).maxNumberLength(30).build())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    ObjectMapper mapper = JsonMapper.builder(factory)
        .addModule(new TheodoiModule(zone))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return mapper;
  }
}
