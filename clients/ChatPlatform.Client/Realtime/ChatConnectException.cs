using System.Net;

namespace ChatPlatform.Client.Realtime;

/// <summary>A WebSocket handshake that failed: <see cref="Status"/> is the HTTP answer, when there was one.</summary>
public sealed class ChatConnectException(HttpStatusCode? status, Exception inner)
    : Exception($"The chat socket could not connect{(status is null ? "" : $": {(int)status} {status}")}.", inner)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>A refusal that retrying cannot fix: bad request, forbidden, or not a participant (unknown session).</summary>
    public bool IsFatal => Status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
