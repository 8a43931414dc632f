using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// One transaction whose first error is the one reported, on either backend. On a full disk or an I/O error SQLite
/// rolls the transaction back itself; the rollback a plain <c>using</c> then attempts fails with "cannot rollback - no
/// transaction is active", and that second error would replace "database or disk is full".
/// </summary>
internal static class DbTransactions
{
    public static void Run(SqliteConnection connection, Action<SqliteTransaction> work) =>
        Run((DbConnection)connection, transaction => work((SqliteTransaction)transaction));

    public static void Run(DbConnection connection, Action<DbTransaction> work)
    {
        var transaction = connection.BeginTransaction();
        try
        {
            work(transaction);
            transaction.Commit();
        }
        catch (Exception)
        {
            try
            {
                transaction.Rollback();
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                // SQLite already rolled back, but the transaction object still counts as open and would try again when the
                // connection closes, throwing over the first error. An empty transaction gives that rollback something to end.
                TryExecute(connection, "BEGIN;");
            }

            throw;
        }
        finally
        {
            transaction.Dispose();
        }
    }

    private static void TryExecute(DbConnection connection, string sql)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        catch (DbException)
        {
            // Best effort: the caller is already throwing the error that matters.
        }
    }
}
