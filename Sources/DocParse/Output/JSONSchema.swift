/// The published JSON Schema of DocParse's output (see docs/schema.md for the versioning
/// policy). `text` is generated from `schema/docparse.schema.json`.
public enum JSONSchema {}
