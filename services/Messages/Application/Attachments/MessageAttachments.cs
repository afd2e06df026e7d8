using ChatPlatform.Contracts;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Application.Attachments;

/// <summary>The attachments a send refers to, in the order given, or the <c>attachment_ids</c> field error.</summary>
public sealed record MessageAttachments(IReadOnlyList<MessageAttachment> Items, IReadOnlyDictionary<string, string[]>? Errors)
{
    public static readonly MessageAttachments None = new([], null);

    public static MessageAttachments Invalid(string message) =>
        new([], new Dictionary<string, string[]> { [AttachmentMessageRules.Field] = [message] });
}
