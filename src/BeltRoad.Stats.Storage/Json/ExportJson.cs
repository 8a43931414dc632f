using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The document and finding objects of facts.json, for other JSON files that describe the same things
/// (run.json), so one writer keeps the field names in step.
/// </summary>
public static class ExportJson
{
    /// <param name="extra">Fields the caller adds to the object (run.json adds the document's fact count).</param>
    public static void WriteDocument(Utf8JsonWriter json, DocumentInfo document, Action<Utf8JsonWriter>? extra = null) =>
        FactJsonParts.WriteDocument(json, document, extra);

    /// <param name="id">The finding's number, from 1 in the table's order.</param>
    public static void WriteFinding(Utf8JsonWriter json, CrossDocumentFinding finding, int id) =>
        FactJsonParts.WriteFinding(json, finding, id);
}
