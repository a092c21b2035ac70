using System.Diagnostics;
using System.Globalization;

namespace KbSite.Benchmarks;

/// <summary>Latency samples in milliseconds and their percentiles.</summary>
internal sealed class Latency
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public void Add(double ms) => _ms.Add(ms);

    public static Latency Merge(IEnumerable<Latency> parts)
    {
        var all = new Latency();
        foreach (var part in parts)
        {
            all._ms.AddRange(part._ms);
        }

        return all;
    }

    public static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    public double Percentile(double p)
    {
        if (_ms.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture, $"n={Count} p50={Percentile(50):F2} ms p95={Percentile(95):F2} ms p99={Percentile(99):F2} ms max={Percentile(100):F2} ms");
}
