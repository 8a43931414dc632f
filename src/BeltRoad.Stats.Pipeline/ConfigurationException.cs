namespace BeltRoad.Stats.Pipeline;

/// <summary>Bad usage or configuration: the run cannot start. Exit code 2; the message names the file and the problem.</summary>
public sealed class ConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
