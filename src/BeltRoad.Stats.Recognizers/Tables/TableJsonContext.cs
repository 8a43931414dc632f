using System.Text.Json.Serialization;

namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>Source-generated reader for the table files: no reflection at start-up, so a recognizer is ready sooner.</summary>
[JsonSourceGenerationOptions(AllowDuplicateProperties = false)]
[JsonSerializable(typeof(TableDocument))]
internal sealed partial class TableJsonContext : JsonSerializerContext;
