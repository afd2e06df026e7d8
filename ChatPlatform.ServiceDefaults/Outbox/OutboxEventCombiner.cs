namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>How the fast lane folds committed events of one type into one batch event (<see cref="OutboxOptions.CombineOnFastLane{TEvent, TBatch}"/>).</summary>
internal sealed record OutboxEventCombiner(Type BatchType, Func<IReadOnlyList<object>, object> Combine, int MaxPerBatch);
