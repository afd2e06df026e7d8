using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Sessions.Application.Support;

/// <summary>
/// Section <c>Support</c>: with <see cref="AutoAssign"/> a new support session goes straight to the online agent with
/// the fewest open sessions, if one has fewer than <see cref="AgentCapacity"/>; otherwise it waits in the queue.
/// </summary>
public sealed class SupportOptions
{
    public const string SectionName = "Support";

    public bool AutoAssign { get; set; }

    [Range(1, 1000)]
    public int AgentCapacity { get; set; } = 5;

    /// <summary>Where Presence answers who is online (service discovery name).</summary>
    [Required]
    public Uri PresenceBaseAddress { get; set; } = new("http://presence");
}
