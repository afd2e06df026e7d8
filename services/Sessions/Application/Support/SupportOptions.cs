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

    /// <summary>
    /// How recent a Presence replica's report of its online agents must be to count (replicas report every
    /// 10 s): a crashed replica's agents stop being routed to after this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan PresenceFreshness { get; set; } = TimeSpan.FromSeconds(30);
}
