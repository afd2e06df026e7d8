using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Messages.Infrastructure.Attachments;

/// <summary>Section <c>Attachments</c>: where the local-disk store keeps files (every replica must see the same directory).</summary>
public sealed class AttachmentOptions
{
    public const string SectionName = "Attachments";

    [Required]
    public string Root { get; set; } = string.Empty;
}
