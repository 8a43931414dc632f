namespace BeltRoad.Stats.Cli.Tests;

/// <summary>Runs the command line in-process and captures what a user would see.</summary>
internal static class Cli
{
    public static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
