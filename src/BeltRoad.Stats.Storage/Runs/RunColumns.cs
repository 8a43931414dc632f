using System.Data.Common;

namespace BeltRoad.Stats.Storage;

/// <summary>The <c>runs</c> table's columns and how a <see cref="RunRecord"/> maps to and from them, for every backend.</summary>
internal static class RunColumns
{
    public static IReadOnlyList<Column<RunRecord>> All { get; } =
    [
        new("run_id", ColumnType.Text, false, r => r.RunId),
        new("started_utc", ColumnType.Text, false, r => SqliteText.Time(r.Started)),
        new("finished_utc", ColumnType.Text, true, r => r.Finished is { } f ? SqliteText.Time(f) : null),
        new("status", ColumnType.Text, false, r => r.Status.Code()),
        new("fingerprint", ColumnType.Text, false, r => r.Fingerprint),
        new("documents", ColumnType.Integer, false, r => (long)r.Documents),
        new("facts", ColumnType.Integer, false, r => (long)r.Facts),
        new("warnings", ColumnType.Integer, false, r => (long)r.Warnings),
        new("failures", ColumnType.Integer, false, r => (long)r.Failures),
        new("changes_added", ColumnType.Integer, false, r => (long)r.ChangesAdded),
        new("changes_removed", ColumnType.Integer, false, r => (long)r.ChangesRemoved),
        new("changes_changed", ColumnType.Integer, false, r => (long)r.ChangesChanged),
        new("message", ColumnType.Text, true, r => r.Message),
        new("node", ColumnType.Text, true, r => r.Node),
        new("trigger", ColumnType.Text, true, r => r.Trigger.Code()),
        new("scheduled_fire_time", ColumnType.Text, true, r => r.ScheduledFireTime is { } t ? SqliteText.Time(t) : null),
    ];

    /// <summary>The columns schema 1 had (and facts.sqlite still has): up to <c>message</c>.</summary>
    public const int SchemaOneCount = 13;

    public static string SelectList => string.Join(", ", All.Select(c => "\"" + c.Name + "\""));

    /// <summary>The columns facts.sqlite's runs table has.</summary>
    public static string SchemaOneSelectList => string.Join(", ", All.Take(SchemaOneCount).Select(c => "\"" + c.Name + "\""));

    /// <summary>
    /// A row read with <see cref="SelectList"/> or <see cref="SchemaOneSelectList"/>. A row without a trigger (schema 1,
    /// facts.sqlite) was manual or scheduled, unknown which, and reads as manual.
    /// </summary>
    public static RunRecord Read(DbDataReader r) => r.FieldCount == SchemaOneCount ? ReadSchemaOne(r) : ReadSchemaOne(r) with
    {
        Node = r.IsDBNull(13) ? null : r.GetString(13),
        Trigger = r.IsDBNull(14) ? RunTrigger.Manual : RunTriggerCodes.Parse(r.GetString(14)),
        ScheduledFireTime = r.IsDBNull(15) ? null : SqliteText.ParseTime(r.GetString(15)),
    };

    private static RunRecord ReadSchemaOne(DbDataReader r) => new(
        r.GetString(0), SqliteText.ParseTime(r.GetString(1)), r.IsDBNull(2) ? null : SqliteText.ParseTime(r.GetString(2)),
        RunStatusCodes.Parse(r.GetString(3)), r.GetString(4), Int(r, 5), Int(r, 6), Int(r, 7), Int(r, 8), Int(r, 9), Int(r, 10), Int(r, 11),
        r.IsDBNull(12) ? null : r.GetString(12));

    private static int Int(DbDataReader reader, int ordinal) => checked((int)reader.GetInt64(ordinal));
}
