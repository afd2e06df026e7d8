namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>How a service's outbox is dispatched (<see cref="OutboxServiceCollectionExtensions.AddOutbox{TContext}"/>).</summary>
public sealed class OutboxOptions
{
    internal HashSet<string> FastLaneTypes { get; } = [];

    internal Dictionary<Type, OutboxEventCombiner> Combiners { get; } = [];

    internal HashSet<string> RelayedTypes { get; } = [];

    internal Type? RelayType { get; private set; }

    /// <summary>
    /// How long the dispatcher leaves rows of fast-lane types to the fast lane before it publishes them itself
    /// (after a crash, or while the broker was away).
    /// </summary>
    public TimeSpan FastLaneGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Events of this type are published by <see cref="IOutboxFastLane"/> right after the commit that stored them,
    /// and their rows deleted in batches; the dispatcher only takes rows the fast lane left behind.
    /// </summary>
    public OutboxOptions UseFastLaneFor<TEvent>()
    {
        FastLaneTypes.Add(OutboxTypeName.Of(typeof(TEvent)));
        return this;
    }

    /// <summary>
    /// When the fast lane finds several committed events of <typeparamref name="TEvent"/> waiting, it publishes them
    /// as one <typeparamref name="TBatch"/> (at most <paramref name="maxPerBatch"/> each): one broker message, one
    /// confirm and one delivery per consumer instead of one per event. Consumers must handle both types. The
    /// dispatcher, which takes over what the fast lane could not publish, always publishes events one by one.
    /// </summary>
    public OutboxOptions CombineOnFastLane<TEvent, TBatch>(Func<IReadOnlyList<TEvent>, TBatch> combine, int maxPerBatch = 64)
        where TEvent : class where TBatch : class
    {
        Combiners[typeof(TEvent)] = new OutboxEventCombiner(typeof(TBatch), events => combine([.. events.Cast<TEvent>()]), maxPerBatch);
        return this;
    }

    /// <summary>
    /// Events of these types are also handed to <typeparamref name="TRelay"/> (resolved from the container) as the
    /// change that wrote them commits, before the writer's <c>SaveChangesAsync</c> or <c>CommitAsync</c> returns:
    /// for a peer that must know of a change before the caller gets its answer. The outbox still publishes them.
    /// </summary>
    public OutboxOptions RelayOnCommit<TRelay>(params Type[] eventTypes) where TRelay : class, ICommittedEventsRelay
    {
        RelayType = typeof(TRelay);
        foreach (var type in eventTypes)
        {
            RelayedTypes.Add(OutboxTypeName.Of(type));
        }
        return this;
    }
}
