namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>
/// One read of a session's newest stored seq for every socket that asks while one is on its way. A socket must start
/// after everything stored before it opened, so it may only use a read that began after it asked: a socket that
/// asks while a read is in flight waits for the next one, which begins when the running one ends and answers
/// everyone who asked meanwhile. In a reconnect storm (a thousand members of one channel coming back at once) a
/// replica then reads each session's newest seq about twice, instead of once per socket.
/// </summary>
public sealed class NewestSeqReads
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, Round> rounds = [];

    /// <summary>Reads in progress: the latest read and, when someone asked during it, the one to run after it.</summary>
    private sealed class Round(TaskCompletionSource<long?> running)
    {
        public TaskCompletionSource<long?> Running { get; set; } = running;

        public TaskCompletionSource<long?>? Next { get; set; }

        /// <summary>The token of the first socket that asked for <see cref="Next"/> (its user is a member: checked before).</summary>
        public string? NextAccessToken { get; set; }
    }

    /// <summary>
    /// The newest seq from a read of <paramref name="read"/> that begins after this call. A read runs to its end
    /// whoever stops waiting for it: <paramref name="read"/> needs a timeout of its own.
    /// </summary>
    public Task<long?> ReadAsync(Guid sessionId, string accessToken, Func<Guid, string, Task<long?>> read, CancellationToken cancellationToken)
    {
        Task<long?> answer;
        Round? started = null;
        lock (gate)
        {
            if (rounds.TryGetValue(sessionId, out var round))
            {
                if (round.Next is null)
                {
                    round.Next = NewAnswer();
                    round.NextAccessToken = accessToken;
                }
                answer = round.Next.Task;
            }
            else
            {
                started = new Round(NewAnswer());
                rounds[sessionId] = started;
                answer = started.Running.Task;
            }
        }
        if (started is not null)
        {
            _ = RunAsync(sessionId, started, accessToken, read);
        }
        return answer.WaitAsync(cancellationToken);
    }

    private async Task RunAsync(Guid sessionId, Round round, string accessToken, Func<Guid, string, Task<long?>> read)
    {
        var current = round.Running;
        while (true)
        {
            try
            {
                current.TrySetResult(await read(sessionId, accessToken));
            }
            catch (Exception exception)
            {
                current.TrySetException(exception);
            }
            lock (gate)
            {
                if (round.Next is null)
                {
                    rounds.Remove(sessionId);
                    return;
                }
                current = round.Running = round.Next;
                accessToken = round.NextAccessToken!;
                round.Next = null;
                round.NextAccessToken = null;
            }
        }
    }

    private static TaskCompletionSource<long?> NewAnswer() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
