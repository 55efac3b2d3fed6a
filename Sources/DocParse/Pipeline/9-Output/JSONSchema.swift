/// The published JSON Schema of DocParse's output (see docs/schema.md for the versioning
/// policy). `text` is generated from `schema/docparse.schema.json`.
///
/// The schema is compiled into the library so that any installed binary can print the
/// contract it writes (`parsecli schema`) and consumers can validate output against the
/// exact version that produced it; a test fails when the embedded copy and the file differ
/// (regenerate with `scripts/gen-schema-swift`).
///
/// ```swift
/// try Data(JSONSchema.text.utf8).write(to: URL(fileURLWithPath: "docparse.schema.json"))
/// ```
public enum JSONSchema {}
