using System.Diagnostics;

namespace JobSkills.Benchmarking;

/// <summary>
/// The rounds of a Stopwatch harness: warm-up rounds, then timed rounds in which every workload
/// runs once, in turn, so that drift on the machine touches them all alike. Samples are kept per
/// workload name, in ms, from the timed rounds only.
/// </summary>
internal sealed class BenchRounds(int warmups, int iterations)
{
    private readonly Dictionary<string, List<double>> samples = [];
    private readonly Stopwatch stopwatch = new();
    private bool measured;

    public int Warmups { get; } = Validated(warmups, iterations);

    public int Iterations { get; } = iterations;

    /// <summary>Runs every round; <paramref name="round"/> times its workloads with <see cref="Time"/> and <see cref="TimeAsync"/>.</summary>
    public async Task RunAsync(Func<Task> round, IProgress<int>? roundsDone, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Warmups + Iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            measured = i >= Warmups;
            await round();
            roundsDone?.Report(i + 1);
        }
    }

    public T Time<T>(string name, Func<T> work)
    {
        stopwatch.Restart();
        var result = work();
        Record(name);
        return result;
    }

    public async Task<T> TimeAsync<T>(string name, Func<Task<T>> work)
    {
        stopwatch.Restart();
        var result = await work();
        Record(name);
        return result;
    }

    /// <summary>The samples of one workload, in ms.</summary>
    public IReadOnlyList<double> this[string name] => samples[name];

    private void Record(string name)
    {
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        if (measured)
        {
            if (!samples.TryGetValue(name, out var list))
            {
                samples[name] = list = [];
            }

            list.Add(elapsed);
        }
    }

    private static int Validated(int warmups, int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(warmups);
        return warmups;
    }
}

/// <summary>Rounds of one part or dataset, reported after the <paramref name="offset"/> rounds of those run before it.</summary>
public sealed class OffsetProgress(IProgress<int>? inner, int offset) : IProgress<int>
{
    public void Report(int value) => inner?.Report(offset + value);
}
