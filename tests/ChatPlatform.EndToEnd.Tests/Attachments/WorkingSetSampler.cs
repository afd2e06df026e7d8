namespace ChatPlatform.EndToEnd.Tests.Attachments;

/// <summary>Samples the memory of some processes every 50 ms until disposed and keeps each one's peaks.</summary>
internal sealed class WorkingSetSampler : IAsyncDisposable
{
    private readonly Dictionary<int, MemorySample> _peaks;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public WorkingSetSampler(IEnumerable<int> pids)
    {
        _peaks = pids.ToDictionary(pid => pid, ServiceProcesses.Memory);
        _sampling = Task.Run(SampleAsync);
    }

    public int Samples { get; private set; }

    public IReadOnlyDictionary<int, MemorySample> Peaks => _peaks;

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                foreach (var pid in _peaks.Keys)
                {
                    _peaks[pid] = MemorySample.Max(_peaks[pid], ServiceProcesses.Memory(pid));
                }
                Samples++;
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
