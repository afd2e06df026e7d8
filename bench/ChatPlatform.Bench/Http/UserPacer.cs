using System.Diagnostics;

namespace ChatPlatform.Bench.Http;

/// <summary>
/// Keeps every user under a rate limit of the platform: a user's next request starts no earlier than 1/rate after its
/// previous one. Thread-safe; <see cref="Reserve"/> says how long the caller must wait for the user's slot.
/// </summary>
public sealed class UserPacer(int users, double perUserPerSecond)
{
    private readonly long[] _next = new long[users];
    private readonly long _interval = (long)(Stopwatch.Frequency / perUserPerSecond);

    public double PerUserPerSecond => perUserPerSecond;

    public TimeSpan Reserve(int user)
    {
        var now = Stopwatch.GetTimestamp();
        while (true)
        {
            var next = Volatile.Read(ref _next[user]);
            var slot = Math.Max(now, next);
            if (Interlocked.CompareExchange(ref _next[user], slot + _interval, next) == next)
            {
                return Stopwatch.GetElapsedTime(now, slot);
            }
        }
    }
}
