using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Moderation.Infrastructure.Peers;

/// <summary>Where the cold-path calls go (section <c>Peers</c>); names resolved by service discovery.</summary>
public sealed class PeersOptions
{
    public const string SectionName = "Peers";

    [Required]
    public Uri IdentityAddress { get; set; } = new("http://identity");

    [Required]
    public Uri MessagesAddress { get; set; } = new("http://messages");
}
