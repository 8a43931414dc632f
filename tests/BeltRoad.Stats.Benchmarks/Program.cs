using BenchmarkDotNet.Running;

// Every benchmark class in this assembly is offered; pick with --filter, e.g.
//   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- --filter '*Recognizer*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
