using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Messages.Application.Membership;

/// <summary>Section <c>Sessions</c>: how Messages reads its copy of Sessions' membership.</summary>
public sealed class SessionsOptions
{
    public const string SectionName = "Sessions";

    /// <summary>How long a bus send waits for the projection to learn a session it does not know yet.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan ProjectionWait { get; set; } = TimeSpan.FromSeconds(2);
}
