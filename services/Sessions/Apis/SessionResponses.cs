using ChatPlatform.Sessions.Apis.Dtos;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis;

/// <summary>Turns sessions into responses, with unread counts and last messages fetched from Messages in one call.</summary>
public static class SessionResponses
{
    public static async Task<IReadOnlyList<SessionResponse>> ToResponsesAsync(
        this SessionServices services, IReadOnlyList<ChatSession> sessions, HttpContext http, CancellationToken cancellationToken)
    {
        var summaries = await services.Summaries.GetAsync(sessions.Select(s => s.Id).ToList(), http.Request.Headers.Authorization, cancellationToken);
        return sessions.Select(s => SessionResponse.From(s, summaries.GetValueOrDefault(s.Id))).ToList();
    }

    public static async Task<SessionResponse> ToResponseAsync(
        this SessionServices services, ChatSession session, HttpContext http, CancellationToken cancellationToken) =>
        (await services.ToResponsesAsync([session], http, cancellationToken))[0];
}
