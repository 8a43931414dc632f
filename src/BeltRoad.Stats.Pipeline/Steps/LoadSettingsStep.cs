using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Pipeline.Configuration;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Reads the optional configuration file and the user's metric entity and headline catalogue overlays.</summary>
internal sealed class LoadSettingsStep : IRunStep
{
    public string Name => "settings";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        context.Settings = RunSettings.Load(context.Options.ConfigFile);
        var config = context.Options.ConfigFile;
        if (context.Settings.MetricsFile is { } metrics)
        {
            context.Catalog = Overlay(metrics, "metric catalogue", "Metrics.File", config, (json, file) => MetricCatalog.Default.Extend(json, file));
        }

        if (context.Settings.EntitiesFile is { } entities)
        {
            context.Entities = Overlay(entities, "entity catalogue", "Entities.File", config, EntityCatalog.WithOverlay);
        }

        if (context.Settings.HeadlinesFile is { } headlines)
        {
            context.Headlines = Overlay(headlines, "headline catalogue", "Headlines.File", config, HeadlineCatalog.WithOverlay);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Reads a user's catalogue file; a missing or malformed one is a configuration error naming the file.</summary>
    private static T Overlay<T>(string file, string what, string setting, string? config, Func<string, string, T> read)
    {
        if (!File.Exists(file))
        {
            throw new ConfigurationException($"{file}: {what} not found (named by {setting} in {config})");
        }

        try
        {
            return read(File.ReadAllText(file), file);
        }
        catch (FormatException e)
        {
            throw new ConfigurationException(e.Message, e);
        }
    }
}
