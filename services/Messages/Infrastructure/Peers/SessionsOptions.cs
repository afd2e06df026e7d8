using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Messages.Infrastructure.Peers;

/// <summary>Where the cold-path membership check goes (section <c>Sessions</c>).</summary>
public sealed class SessionsOptions
{
    public const string SectionName = "Sessions";

    [Required]
    public Uri BaseAddress { get; set; } = new("http://sessions");

    /// <summary>How long a bus send waits for the projection to learn a session it does not know yet.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan ProjectionWait { get; set; } = TimeSpan.FromSeconds(2);
}
