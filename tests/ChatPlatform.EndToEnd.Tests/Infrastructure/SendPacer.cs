using System.Diagnostics;

namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Keeps ONE user's sends under the platform's per-user send rate limit (SPEC.md section 5: 10 messages/s, burst 20)
/// with a margin: a client-side token bucket of the same burst refilled a little slower, so the server's bucket
/// (refilled faster, and spent only when a send arrives) never runs dry.
/// </summary>
public sealed class SendPacer(int burst = 20, double perSecond = 9)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _tokens = burst;
    private double _last;

    public async Task WaitAsync()
    {
        while (true)
        {
            var now = _clock.Elapsed.TotalSeconds;
            _tokens = Math.Min(burst, _tokens + (now - _last) * perSecond);
            _last = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds((1 - _tokens) / perSecond));
        }
    }
}
