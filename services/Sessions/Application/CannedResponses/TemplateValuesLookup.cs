using System.Security.Claims;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using ChatPlatform.ServiceDefaults.Auth;

namespace ChatPlatform.Sessions.Application.CannedResponses;

public static class TemplateValuesLookup
{
    /// <summary>
    /// The variables of a session the caller can see, or null when they cannot (404). The customer is the session's
    /// creator (name from the user projection, empty if unknown); the agent is the caller (name from the token).
    /// </summary>
    public static async Task<TemplateValues?> ForSessionAsync(
        this SessionServices services, Guid sessionId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var session = await services.Db.FindSessionAsync(sessionId, cancellationToken);
        if (session is null || !session.IsVisibleTo(Caller.From(user)))
        {
            return null;
        }
        var customer = await services.Db.FindKnownUserAsync(session.CreatedBy, cancellationToken);
        return new TemplateValues(customer?.DisplayName ?? string.Empty, user.FindFirstValue(ChatClaims.Name) ?? string.Empty, session.Title);
    }
}
