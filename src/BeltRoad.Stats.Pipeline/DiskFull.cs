using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Pipeline;

/// <summary>Whether a failure comes from a full disk, however deep in its causes, so the run can say so plainly.</summary>
internal static class DiskFull
{
    private const int NoSpaceErrno = 28;                                   // ENOSPC: .NET puts the errno in HResult on Unix
    private const int WindowsDiskFull = unchecked((int)0x80070070);        // ERROR_DISK_FULL
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);  // ERROR_HANDLE_DISK_FULL
    private const int SqliteFull = 13;                                     // SQLITE_FULL

    public static bool Caused(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteFull } || (e is IOException && e.HResult is NoSpaceErrno or WindowsDiskFull or WindowsHandleDiskFull))
            {
                return true;
            }
        }

        return false;
    }
}
