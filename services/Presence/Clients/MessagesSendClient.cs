using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatPlatform.Presence.Protocol;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Clients;

/// <summary>
/// A WebSocket send goes to Messages' REST send endpoint (<c>POST /api/v1/chat/sessions/{id}/messages</c>) with the
/// sender's own token: the same rules, rate limit and dedupe as any REST client, and the answer (the stored message
/// or a problem) comes back on the same connection. The request carries exactly the frame's fields; only what the
/// ack or the error frame needs is read from the answer.
/// </summary>
public sealed class MessagesSendClient(HttpClient http, IOptions<PresenceOptions> options)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task<SendOutcome> SendAsync(Guid sessionId, SendFrame send, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.MessagesAddress, $"/api/v1/chat/sessions/{sessionId}/messages"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Content = new ByteArrayContent(WriteBody(send)) { Headers = { ContentType = Json } };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode ? ReadStored(body) : ReadProblem(response, body);
    }

    private static byte[] WriteBody(SendFrame send)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + send.Content.Length * 2);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("message_type", send.MessageType);
            writer.WriteString("content", send.Content);
            if (send.ClientMessageId is { } clientMessageId)
            {
                writer.WriteString("client_message_id", clientMessageId);
            }
            if (send.MetadataJson is { } metadata)
            {
                writer.WritePropertyName("metadata");
                writer.WriteRawValue(metadata, skipInputValidation: true);
            }
            if (send.ReplyToId is { } replyTo)
            {
                writer.WriteString("reply_to_id", replyTo);
            }
            if (send.AttachmentIds is { } attachments)
            {
                writer.WriteStartArray("attachment_ids");
                foreach (var id in attachments)
                {
                    writer.WriteStringValue(id);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static SendOutcome ReadStored(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        Guid? id = null;
        long? seq = null;
        string? clientMessageId = null;
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8) && reader.Read())
            {
                id = reader.GetGuid();
            }
            else if (reader.ValueTextEquals("seq"u8) && reader.Read())
            {
                seq = reader.GetInt64();
            }
            else if (reader.ValueTextEquals("client_message_id"u8) && reader.Read())
            {
                clientMessageId = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return id is { } storedId && seq is { } storedSeq
            ? SendOutcome.Accepted(storedId, storedSeq, clientMessageId)
            : SendOutcome.Rejected(ErrorCodes.ServiceUnavailable, "The message service gave an answer without the stored message.");
    }

    private static SendOutcome ReadProblem(HttpResponseMessage response, byte[] body)
    {
        string? code = null;
        string? detail = null;
        int? retryAfterMs = null;
        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            detail = root.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            retryAfterMs = root.TryGetProperty("retry_after_ms", out var r) && r.TryGetInt32(out var ms) ? ms : null;
        }
        catch (JsonException)
        {
        }
        code ??= response.StatusCode switch
        {
            HttpStatusCode.NotFound => ErrorCodes.NotFound,
            HttpStatusCode.TooManyRequests => ErrorCodes.RateLimited,
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => ErrorCodes.ValidationFailed,
            _ => ErrorCodes.ServiceUnavailable,
        };
        if (code == ErrorCodes.RateLimited && retryAfterMs is null && response.Headers.RetryAfter?.Delta is { } delay)
        {
            retryAfterMs = (int)delay.TotalMilliseconds;
        }
        return SendOutcome.Rejected(code, detail ?? $"The message service answered {(int)response.StatusCode}.", retryAfterMs);
    }
}
