namespace ChatPlatform.Presence.Tests.Infrastructure;

/// <summary>The system clock, but timers that never fire by themselves: tests trigger the gap timeout explicitly.</summary>
public sealed class ManualTimers : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new IdleTimer();

    private sealed class IdleTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
