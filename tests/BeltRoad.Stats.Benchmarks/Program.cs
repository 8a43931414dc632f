using BenchmarkDotNet.Running;
using BeltRoad.Stats.Benchmarks;
using BeltRoad.Stats.Benchmarks.Corpus;

// `corpus 1 10 100` prints the large-corpus table (issue 12), `extract-cold IN OUT [BUILD]` times a new process's cached
// extract step (ColdExtractStep); anything else goes to BenchmarkDotNet, where every
// benchmark class in this assembly is offered; pick with --filter, e.g.
//   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- --filter '*Recognizer*'
if (args is ["corpus", .. var sizes])
{
    return CorpusReport.Run(sizes);
}

if (args is ["extract-cold", var input, var output, .. var build])
{
    return ColdExtractStep.Run(input, output, build is [var id] ? id : null);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
