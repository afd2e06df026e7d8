namespace ChatPlatform.Bench.Faults;

/// <summary>Unique <c>client_message_id</c>s for one harness run: <c>f-&lt;run&gt;-&lt;sender&gt;-&lt;n&gt;</c>.</summary>
public sealed class SendIds(string run, string sender)
{
    private long _next;

    public string Next() => $"f-{run}-{sender}-{Interlocked.Increment(ref _next)}";
}
