using System.Text.Json;
using ChatPlatform.Messages.Model;

namespace ChatPlatform.Messages.Rules;

/// <summary>What a client-sent message must look like (SPEC.md sections 3-5).</summary>
public static class MessageRules
{
    /// <param name="maxLength">The content policy's limit (<see cref="MessageLimits.ContentMaxLength"/> unless configured).</param>
    public static MessageValidation Validate(MessageDraft draft, int maxLength = MessageLimits.ContentMaxLength)
    {
        var errors = new Dictionary<string, List<string>>();
        void Fail(string field, string message) =>
            (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var type = draft.MessageType;
        if (string.IsNullOrWhiteSpace(type))
        {
            Fail("message_type", "message_type is required.");
        }
        else if (type == MessageTypes.System)
        {
            Fail("message_type", "System messages are created by the server only.");
        }
        else if (!MessageTypes.FromClients.Contains(type))
        {
            Fail("message_type", "message_type must be one of text, image, file.");
        }

        var content = draft.Content ?? string.Empty;
        var attachments = (draft.AttachmentIds ?? []).Distinct().ToArray();
        if (type == MessageTypes.Text && string.IsNullOrWhiteSpace(content))
        {
            Fail("content", "content must not be empty.");
        }
        else if (type is MessageTypes.Image or MessageTypes.File && attachments.Length == 0)
        {
            Fail("attachment_ids", $"A{(type == MessageTypes.Image ? "n image" : " file")} message needs at least one attachment id (content may be empty).");
        }
        if (CountCharacters(content) > maxLength)
        {
            Fail("content", $"content must be at most {maxLength} characters.");
        }
        if (attachments.Length > MessageLimits.MaxAttachments || attachments.Contains(Guid.Empty))
        {
            Fail("attachment_ids", $"attachment_ids must hold at most {MessageLimits.MaxAttachments} attachment ids.");
        }

        var clientMessageId = draft.ClientMessageId;
        if (clientMessageId is not null && (string.IsNullOrWhiteSpace(clientMessageId) || clientMessageId.Length > MessageLimits.ClientMessageIdLength))
        {
            Fail("client_message_id", $"client_message_id must be 1 to {MessageLimits.ClientMessageIdLength} characters when given.");
        }

        var metadata = NormaliseMetadata(draft.MetadataJson, Fail, out var mentions);
        if (errors.Count > 0)
        {
            return new MessageValidation(null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
        return new MessageValidation(
            new ValidMessage(type!, content, clientMessageId, metadata, draft.ReplyToId, attachments, mentions),
            new Dictionary<string, string[]>());
    }

    public static int CountCharacters(string text) => text.EnumerateRunes().Count();

    /// <summary>The user ids listed in a stored message's <c>metadata.mentions</c>.</summary>
    public static IReadOnlyList<Guid> MetadataMentions(string? metadataJson)
    {
        NormaliseMetadata(metadataJson, (_, _) => { }, out var mentions);
        return mentions;
    }

    /// <summary>Metadata must be a JSON object; it is kept in compact form. <c>metadata.mentions</c>, when present, lists user ids.</summary>
    private static string? NormaliseMetadata(string? json, Action<string, string> fail, out IReadOnlyList<Guid> mentions)
    {
        mentions = [];
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            fail("metadata", "metadata must be valid JSON.");
            return null;
        }
        if (root.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            fail("metadata", "metadata must be a JSON object.");
            return null;
        }
        if (Compact(root) is not { } compact)
        {
            fail("metadata", "metadata must hold only valid text (no lone surrogate escapes such as \\ud800).");
            return null;
        }
        if (System.Text.Encoding.UTF8.GetByteCount(compact) > MessageLimits.MetadataMaxBytes)
        {
            fail("metadata", $"metadata must be at most {MessageLimits.MetadataMaxBytes} bytes.");
        }
        if (root.TryGetProperty("mentions", out var mentioned))
        {
            mentions = ReadMentions(mentioned, fail);
        }
        return compact;
    }

    /// <summary>
    /// The object in compact form, or null when one of its strings or names is not text: System.Text.Json parses an
    /// escaped lone surrogate (<c>"\ud800"</c>) and throws only when the string is decoded, here; PostgreSQL's
    /// <c>json</c> type would refuse it later as a server error.
    /// </summary>
    private static string? Compact(JsonElement root)
    {
        try
        {
            return JsonSerializer.Serialize(root);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static IReadOnlyList<Guid> ReadMentions(JsonElement mentioned, Action<string, string> fail)
    {
        var ids = new List<Guid>();
        var valid = mentioned.ValueKind == JsonValueKind.Array;
        if (valid)
        {
            foreach (var item in mentioned.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && Guid.TryParse(item.GetString(), out var id))
                {
                    ids.Add(id);
                }
                else
                {
                    valid = false;
                }
            }
        }
        var distinct = ids.Distinct().ToArray();
        if (!valid || distinct.Length > MessageLimits.MaxMentions)
        {
            fail("metadata.mentions", $"metadata.mentions must be an array of at most {MessageLimits.MaxMentions} user ids.");
            return [];
        }
        return distinct;
    }
}
