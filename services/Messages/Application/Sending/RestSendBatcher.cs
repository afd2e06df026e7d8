using System.Diagnostics;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Batching;

namespace ChatPlatform.Messages.Application.Sending;

/// <summary>
/// The REST sends of this replica, batched (<see cref="ConcurrentBatcher{TItem, TResult}"/>): alone, a send runs at
/// once on its own request; sends that arrive while <see cref="Slots"/> batches are running go together with the next,
/// one round of Redis calls, one statement batch and one commit for all of them. Each batch runs in its own scope
/// through <see cref="SendMessageHandler.HandleManyAsync"/>, which decides every send as it would alone, so a REST
/// send gets the answer it always got. Cancelling a request stops its wait, not its send (a client that resends with
/// the same client_message_id gets the first answer).
/// </summary>
public sealed class RestSendBatcher(IServiceScopeFactory scopes) : ConcurrentBatcher<SendRequest, SendResult>
{
    /// <summary>Batches running at once: enough to keep PostgreSQL busy while the next batch gathers.</summary>
    public const int Slots = 2;

    /// <summary>The most sends one batch carries.</summary>
    public const int MaxSends = 64;

    protected override int Concurrency => Slots;

    protected override int MaxBatch => MaxSends;

    public Task<SendResult> SendAsync(Guid sessionId, Guid userId, MessageDraft draft, string? bearerToken, CancellationToken cancellationToken) =>
        SubmitAsync(new SendRequest(sessionId, userId, draft, bearerToken, Activity.Current), cancellationToken);

    protected override async Task<IReadOnlyList<SendResult>> RunBatchAsync(IReadOnlyList<SendRequest> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SendMessageHandler>().HandleManyAsync(batch, CancellationToken.None);
    }
}
