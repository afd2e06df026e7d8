using ChatPlatform.Contracts;
using ChatPlatform.Messages.Model;

namespace ChatPlatform.Messages.Rules;

/// <summary>What the attachments of a message must be, once they are known to exist (see <see cref="Application.Attachments.MessageAttachmentResolver"/>).</summary>
public static class AttachmentMessageRules
{
    public const string Field = "attachment_ids";

    /// <summary>An <c>image</c> message needs at least one image among its attachments; null when the rule holds.</summary>
    public static string? Check(string messageType, IReadOnlyList<MessageAttachment> attachments) =>
        messageType == MessageTypes.Image && !attachments.Any(a => AttachmentContentTypes.IsImage(a.ContentType))
            ? "An image message needs at least one image attachment."
            : null;
}
