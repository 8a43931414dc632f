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
        if (context.Settings.MetricsFile is { } file)
        {
            if (!File.Exists(file))
            {
                throw new ConfigurationException($"{file}: metric catalogue not found (named by Metrics.File in {context.Options.ConfigFile})");
            }

            try
            {
                context.Catalog = MetricCatalog.Default.Extend(File.ReadAllText(file), file);
            }
            catch (FormatException e)
            {
                throw new ConfigurationException(e.Message, e);
            }
        }

        if (context.Settings.EntitiesFile is { } entities)
        {
            if (!File.Exists(entities))
            {
                throw new ConfigurationException($"{entities}: entity catalogue not found (named by Entities.File in {context.Options.ConfigFile})");
            }

            try
            {
                context.Entities = EntityCatalog.WithOverlay(File.ReadAllText(entities), entities);
            }
            catch (FormatException e)
            {
                throw new ConfigurationException(e.Message, e);
            }
        }

        if (context.Settings.HeadlinesFile is { } headlines)
        {
            if (!File.Exists(headlines))
            {
                throw new ConfigurationException($"{headlines}: headline catalogue not found (named by Headlines.File in {context.Options.ConfigFile})");
            }

            try
            {
                context.Headlines = HeadlineCatalog.WithOverlay(File.ReadAllText(headlines), headlines);
            }
            catch (FormatException e)
            {
                throw new ConfigurationException(e.Message, e);
            }
        }

        return ValueTask.CompletedTask;
    }
}
