namespace BeltRoad.Stats.Storage;

/// <summary>The database behind the run store.</summary>
public enum StoreProvider
{
    /// <summary>A SQLite file: by default the output's <c>history/runs.sqlite</c>, one analyst's machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by a team and its scheduler nodes.</summary>
    Postgres,
}
