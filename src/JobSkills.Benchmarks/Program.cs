using BenchmarkDotNet.Running;

// dotnet run -c Release --project src/JobSkills.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
