using System.Net.Http.Json;
using ChatPlatform.Contracts.Internal;
using ChatPlatform.ServiceDefaults;
using ChatPlatform.ServiceDefaults.Outbox;

namespace ChatPlatform.Sessions.Infrastructure.Peers;

/// <summary>
/// Hands a commit's membership events to Messages before the caller gets its answer, so the sender may write to a
/// session the moment it was created or joined (Messages no longer asks Sessions; the services call downward only).
/// Best effort: when Messages does not take them, the same events arrive over the bus a moment later.
/// </summary>
public sealed partial class MessagesMembershipRelay(HttpClient http, ILogger<MessagesMembershipRelay> logger) : ICommittedEventsRelay
{
    public async Task RelayAsync(IReadOnlyList<object> events, CancellationToken cancellationToken)
    {
        var changes = MembershipChanges.From(events);
        if (changes.Count == 0)
        {
            return;
        }
        try
        {
            using var response = await http.PostAsJsonAsync("/internal/membership/changes", changes, ChatJson.Options, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
        // Whatever went wrong, the change is committed and its events are in the outbox: the bus delivers them.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogRelayFailed(logger, changes.Count, exception.GetType().Name, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messages did not take {EventCount} membership events at once ({Error}: {Reason}); they follow over the bus")]
    private static partial void LogRelayFailed(ILogger logger, int eventCount, string error, string reason);
}
