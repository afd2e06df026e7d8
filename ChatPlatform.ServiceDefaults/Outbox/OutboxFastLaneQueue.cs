using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>
/// Events waiting for the fast lane: committed ones in a channel the fast lane drains, and those written inside an
/// open transaction held per DbContext until the commit interceptor says it committed (dropped if it did not).
/// </summary>
internal sealed class OutboxFastLaneQueue : IOutboxFastLane
{
    private readonly Channel<FastLaneEvent> _committed = Channel.CreateUnbounded<FastLaneEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConditionalWeakTable<DbContext, List<FastLaneEvent>> _inTransaction = [];

    public ChannelReader<FastLaneEvent> Committed => _committed.Reader;

    public void Publish<TEvent>(DbContext db, Guid outboxId, TEvent message) where TEvent : class
    {
        var pending = new FastLaneEvent(outboxId, message, typeof(TEvent), OutboxTrace.Capture());
        if (db.Database.CurrentTransaction is null)
        {
            _committed.Writer.TryWrite(pending);
            return;
        }
        var held = _inTransaction.GetOrCreateValue(db);
        lock (held)
        {
            held.Add(pending);
        }
    }

    public void TransactionCommitted(DbContext db)
    {
        if (!_inTransaction.TryGetValue(db, out var held))
        {
            return;
        }
        lock (held)
        {
            foreach (var pending in held)
            {
                _committed.Writer.TryWrite(pending);
            }
            held.Clear();
        }
    }

    /// <summary>A transaction began or ended without a commit: what it held never happened.</summary>
    public void TransactionDiscarded(DbContext db)
    {
        if (_inTransaction.TryGetValue(db, out var held))
        {
            lock (held)
            {
                held.Clear();
            }
        }
    }
}
