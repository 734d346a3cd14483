using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace IntervisieBot.Tests.Hosting;

/// <summary>
/// Listens to the given meter instances only (so parallel tests' bots do not mix in) and keeps every measurement;
/// <see cref="WaitForAsync"/> completes when a matching one arrives.
/// </summary>
public sealed class MeterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly List<(Func<Measurement, bool> Match, TaskCompletionSource<Measurement> Done)> _waiters = [];
    private readonly Lock _gate = new();

    public MeterRecorder(params Meter[] meters)
    {
        var wanted = meters.ToHashSet();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (wanted.Contains(instrument.Meter)) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<Measurement> Measurements => [.. _measurements];

    /// <summary>Sum of a counter's measurements whose tags include every given pair.</summary>
    public double Sum(string instrument, params (string Key, object Value)[] tags) =>
        _measurements.Where(m => m.Instrument == instrument && m.Has(tags)).Sum(m => m.Value);

    public Task<Measurement> WaitForAsync(string instrument, params (string Key, object Value)[] tags)
    {
        bool Match(Measurement m) => m.Instrument == instrument && m.Has(tags);
        var done = new TaskCompletionSource<Measurement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var already = _measurements.FirstOrDefault(Match);
            if (already is not null) return Task.FromResult(already);
            _waiters.Add((Match, done));
        }
        return done.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var measurement = new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value));
        List<TaskCompletionSource<Measurement>> done = [];
        lock (_gate)
        {
            _measurements.Enqueue(measurement);
            foreach (var waiter in _waiters.Where(w => w.Match(measurement)).ToList())
            {
                _waiters.Remove(waiter);
                done.Add(waiter.Done);
            }
        }
        foreach (var tcs in done) tcs.TrySetResult(measurement);
    }

    public void Dispose() => _listener.Dispose();

    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
    {
        public bool Has((string Key, object Value)[] tags) =>
            tags.All(t => Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value));
    }
}
