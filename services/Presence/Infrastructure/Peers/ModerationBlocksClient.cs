using ChatPlatform.Presence.Application;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Infrastructure.Peers;

/// <summary>
/// The cold path to Moderation (<c>http://moderation</c>) for a user's blocks, used only when Redis cannot give them:
/// <c>GET /api/v1/chat/blocks</c> with the user's own token, following the list's cursor.
/// </summary>
public sealed class ModerationBlocksClient(IHttpClientFactory httpClients, IOptions<PresenceOptions> options)
{
    public const string HttpClientName = "moderation";

    /// <summary>The ids of the users <paramref name="accessToken"/>'s owner blocks now.</summary>
    public Task<IReadOnlyList<Guid>> GetBlockedUserIdsAsync(string accessToken, CancellationToken cancellationToken) =>
        PagedIds.ReadAsync(httpClients.CreateClient(HttpClientName), options.Value.ModerationAddress, "/api/v1/chat/blocks", "user_id", accessToken, cancellationToken);
}
