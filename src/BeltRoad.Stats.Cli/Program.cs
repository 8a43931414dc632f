using BeltRoad.Stats.Cli;

// Before the run allocates: only memory touched after the advice gets huge pages.
HugePageHeap.Advise();
return await CliApplication.RunAsync(args, processExitsAfter: true).ConfigureAwait(false);
