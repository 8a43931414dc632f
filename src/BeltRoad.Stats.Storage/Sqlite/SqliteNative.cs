using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The few SQLite calls a bulk load makes per value, straight to the bundled e_sqlite3 on the statement's raw pointer.
/// Through SQLitePCL each call also takes and releases the statement's SafeHandle and goes through a provider
/// interface: about a tenth of a 200,000-fact load. The binds copy their value (SQLITE_TRANSIENT) and neither block
/// nor call back, so they skip the GC transition; step does real work and keeps it.
/// </summary>
internal static partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>
    /// <paramref name="sql"/> prepared once on <paramref name="connection"/>'s native handle (<paramref name="db"/>, for
    /// <see cref="Check"/>), for a caller that steps it many times without a command object.
    /// </summary>
    public static sqlite3_stmt Prepare(SqliteConnection connection, string sql, out sqlite3 db)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        return statement;
    }

    /// <summary>A result code other than SQLITE_OK thrown as the <see cref="SqliteException"/> a command would throw.</summary>
    public static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    /// <summary>SQLITE_TRANSIENT: SQLite copies the value before the call returns, so the buffer can be reused.</summary>
    private static readonly nint Transient = -1;

    public static int BindText(nint statement, int index, ReadOnlySpan<byte> utf8) =>
        BindText(statement, index, ref MemoryMarshal.GetReference(utf8.IsEmpty ? EmptyText : utf8), utf8.Length, Transient);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindInteger(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_double")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindReal(nint statement, int index, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindNull(nint statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Reset(nint statement);

    // A zero-length span has no address to pin, and a null pointer would bind NULL instead of ''.
    private static ReadOnlySpan<byte> EmptyText => [0];

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int BindText(nint statement, int index, ref byte text, int length, nint destructor);
}
