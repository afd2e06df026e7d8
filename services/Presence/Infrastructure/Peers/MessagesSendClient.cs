using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatPlatform.Presence.Application;
using ChatPlatform.Presence.Application.Sending;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Infrastructure.Peers;

/// <summary>
/// WebSocket sends go to Messages' send batch endpoint (<c>POST /internal/messages/send-batch</c>), each with its
/// sender's own token: the same rules, rate limit and dedupe as the REST send, decided for many sends at the cost of
/// one request (<see cref="SendBatcher"/> collects them). Each item carries exactly the frame's fields and the frame's
/// trace; only what the ack or the error frame needs is read from the answer.
/// </summary>
public sealed class MessagesSendClient(HttpClient http, IOptions<PresenceOptions> options)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <returns>One outcome per send, in order; a refused batch (Messages unavailable) refuses every send in it.</returns>
    public async Task<SendOutcome[]> SendAsync(IReadOnlyList<PendingSend> sends, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.MessagesAddress, "/internal/messages/send-batch"));
        request.Content = new ByteArrayContent(WriteBody(sends)) { Headers = { ContentType = Json } };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var refused = ReadProblem(response, body);
            return [.. sends.Select(_ => refused)];
        }
        return ReadResults(body, sends.Count);
    }

    private static byte[] WriteBody(IReadOnlyList<PendingSend> sends)
    {
        var buffer = new ArrayBufferWriter<byte>(512 * sends.Count);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("sends");
            foreach (var pending in sends)
            {
                WriteSend(writer, pending);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteSend(Utf8JsonWriter writer, PendingSend pending)
    {
        var send = pending.Frame;
        writer.WriteStartObject();
        writer.WriteString("access_token", pending.AccessToken);
        writer.WriteString("chat_session_id", pending.SessionId);
        if (pending.TraceParent is { } traceParent)
        {
            writer.WriteString("traceparent", traceParent);
        }
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

    private static SendOutcome[] ReadResults(byte[] body, int count)
    {
        var outcomes = new SendOutcome[count];
        var missing = SendOutcome.Rejected(ErrorCodes.ServiceUnavailable, "The message service gave no answer for this send; resend with the same client_message_id.");
        Array.Fill(outcomes, missing);
        var reader = new Utf8JsonReader(body);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("results"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }
            reader.Read();
            var index = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                var outcome = ReadResult(ref reader);
                if (index < count)
                {
                    outcomes[index++] = outcome;
                }
            }
        }
        return outcomes;
    }

    private static SendOutcome ReadResult(ref Utf8JsonReader reader)
    {
        Guid? id = null;
        long? seq = null;
        string? clientMessageId = null, code = null, detail = null;
        int? retryAfterMs = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("id"u8) ? 1
                : reader.ValueTextEquals("seq"u8) ? 2
                : reader.ValueTextEquals("client_message_id"u8) ? 3
                : reader.ValueTextEquals("code"u8) ? 4
                : reader.ValueTextEquals("detail"u8) ? 5
                : reader.ValueTextEquals("retry_after_ms"u8) ? 6
                : 0;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }
            switch (field)
            {
                case 1: id = reader.GetGuid(); break;
                case 2: seq = reader.GetInt64(); break;
                case 3: clientMessageId = reader.GetString(); break;
                case 4: code = reader.GetString(); break;
                case 5: detail = reader.GetString(); break;
                case 6: retryAfterMs = reader.GetInt32(); break;
                default: reader.Skip(); break;
            }
        }
        if (code is not null)
        {
            return SendOutcome.Rejected(code, detail ?? "The message service refused the send.", retryAfterMs);
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
