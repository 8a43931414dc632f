using BeltRoad.Stats.Cli;

return await CliApplication.RunAsync(args).ConfigureAwait(false);
