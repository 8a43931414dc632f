using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Configuration;

/// <summary>
/// Which run store a command uses: <c>--store</c>, else the environment (<c>Store__ConnectionString</c> and
/// optionally <c>Store__Provider</c>, the .NET configuration convention, so a password can stay out of files and
/// command lines), else the configuration file's <c>Store</c> section, else null (the output's run log).
/// </summary>
public static class StoreOption
{
    public const string ConnectionStringVariable = "Store__ConnectionString";
    public const string ProviderVariable = "Store__Provider";

    /// <exception cref="ConfigurationException">A value that names no usable store; the message says where it came from.</exception>
    public static StoreSettings? Resolve(string? option, string? configFile)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(option))
            {
                return StoreSettings.Parse(option);
            }

            if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } fromEnvironment)
            {
                return Environment.GetEnvironmentVariable(ProviderVariable) is { Length: > 0 } provider
                    ? StoreSettings.Of(provider, fromEnvironment)
                    : StoreSettings.Parse(fromEnvironment);
            }
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"{(string.IsNullOrWhiteSpace(option) ? "environment " + ConnectionStringVariable : "--store")}: {e.Message}", e);
        }

        return RunSettings.Load(configFile).Store;
    }
}
