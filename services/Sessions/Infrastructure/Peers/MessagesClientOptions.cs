using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Sessions.Infrastructure.Peers;

/// <summary>Where the Messages service is (section <c>Messages</c>) and how long a list waits for its summaries and a change for the hand-over of its membership events.</summary>
public sealed class MessagesClientOptions
{
    public const string SectionName = "Messages";

    [Required]
    public Uri BaseAddress { get; set; } = new("http://messages");

    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan SummaryTimeout { get; set; } = TimeSpan.FromSeconds(3);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan RelayTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
