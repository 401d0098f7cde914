/**
 * theodoi in JSON: {@link dev.theodoi.json.TheodoiModule} lets Jackson read and write every public value,
 * command and view of {@code theodoi-core}; {@link dev.theodoi.json.Importer} and {@link dev.theodoi.json.Exporter}
 * stream the versioned {@code theodoi/1} exchange format, described by the JSON Schema
 * {@code dev/theodoi/json/theodoi-1.schema.json} in this jar.
 */
package dev.theodoi.json;
