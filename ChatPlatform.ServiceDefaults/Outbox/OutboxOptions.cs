namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>How a service's outbox is dispatched (<see cref="OutboxServiceCollectionExtensions.AddOutbox{TContext}"/>).</summary>
public sealed class OutboxOptions
{
    internal HashSet<string> FastLaneTypes { get; } = [];

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
}
