namespace ChatPlatform.Bench.Baseline;

/// <summary>The sockets of one room: a copy-on-write array, so a broadcast iterates without a lock.</summary>
public sealed class BroadcastRoom
{
    private readonly Lock _gate = new();
    private BroadcastMember[] _members = [];

    public BroadcastMember[] Members => Volatile.Read(ref _members);

    public void Add(BroadcastMember member)
    {
        lock (_gate)
        {
            _members = [.. _members, member];
        }
    }

    public void Remove(BroadcastMember member)
    {
        lock (_gate)
        {
            _members = Array.FindAll(_members, m => m != member);
        }
    }
}
