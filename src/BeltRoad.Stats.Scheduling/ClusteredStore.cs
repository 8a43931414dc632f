using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace BeltRoad.Stats.Scheduling;

/// <summary>
/// The schedule kept in PostgreSQL (Quartz's clustered ADO.NET job store), shared by every node started with the
/// same <c>--store</c>: each firing is acquired by exactly one node, a job marked
/// <see cref="DisallowConcurrentExecutionAttribute"/> never runs on two nodes at once, and the firings of a node
/// that dies are taken over by the others once it has missed its check-ins.
/// </summary>
internal static class ClusteredStore
{
    // Check in every 2 s; a node silent for 2 s more is presumed dead and its firing recovered.
    private static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Keeps the stored triggers a node finds at start instead of replacing them: replacing would recompute the
    /// next fire time from now and forget a firing missed while every node was down.
    /// </summary>
    public static void Use(IQuartzBuilder quartz, string connectionString, TimeSpan misfireThreshold)
    {
        quartz.Services.Configure<QuartzOptions>(o =>
        {
            o.Scheduling.OverwriteExistingData = false;
            o.Scheduling.IgnoreDuplicates = true;
        });
        quartz.UsePersistentStore(store =>
        {
            store.ConfigureStore(o => o.MisfireThreshold = misfireThreshold);
            // The driver by its factory, not looked up by name through reflection (which native compilation cannot follow).
            store.UsePostgres(NpgsqlFactory.Instance, connectionString);
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = CheckinInterval;
                cluster.CheckinMisfireThreshold = CheckinMisfireThreshold;
            });
            store.ProvisionSchema();
            store.UseSystemTextJsonSerializer();
        });
    }
}
