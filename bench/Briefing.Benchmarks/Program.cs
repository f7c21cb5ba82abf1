using BenchmarkDotNet.Running;
using Briefing.Benchmarks.Harness;

// Whole-run figures: dotnet run -c Release --project bench/Briefing.Benchmarks -- harness [cold-start ...]
// Micro benchmarks:  dotnet run -c Release --project bench/Briefing.Benchmarks -- --filter '*'
if (args is ["harness", .. var names])
{
    return await HarnessRunner.RunAsync(names);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
