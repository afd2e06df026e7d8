using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChatPlatform.Tests.Shared;

/// <summary>Records the spans one <see cref="ActivitySource"/> ends while it is alive (every span, sampled or not).</summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public SpanRecorder(string sourceName)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == sourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Named(string name) => [.. _spans.Where(span => span.DisplayName == name)];

    public void Dispose() => _listener.Dispose();
}
