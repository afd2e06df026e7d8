using System.Text.Json;

namespace ChatPlatform.Messages.Rules;

/// <summary>Content and metadata of the system messages that session events leave in the history.</summary>
public static class SystemMessageText
{
    public static string ContentFor(string systemEvent) => systemEvent switch
    {
        SystemEvents.ParticipantJoined => "A participant joined the conversation.",
        SystemEvents.ParticipantLeft => "A participant left the conversation.",
        SystemEvents.SessionClosed => "The conversation was closed.",
        SystemEvents.SessionAssigned => "An agent was assigned to the conversation.",
        SystemEvents.SessionTransferred => "The conversation was transferred to another agent.",
        _ => throw new ArgumentOutOfRangeException(nameof(systemEvent), systemEvent, "Unknown system event."),
    };

    /// <summary><c>{"event": ..., "user_id": ...}</c>: the user who joined or left, or who closed the session.</summary>
    public static string MetadataFor(string systemEvent, Guid userId) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["event"] = systemEvent, ["user_id"] = userId.ToString() });

    /// <summary><c>{"event": "session_assigned", "agent_id": ...}</c>.</summary>
    public static string AssignedMetadata(Guid agentId) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["event"] = SystemEvents.SessionAssigned, ["agent_id"] = agentId.ToString() });

    /// <summary><c>{"event": "session_transferred", "from_agent_id": ..., "to_agent_id": ...}</c>.</summary>
    public static string TransferredMetadata(Guid fromAgentId, Guid toAgentId) =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["event"] = SystemEvents.SessionTransferred, ["from_agent_id"] = fromAgentId.ToString(), ["to_agent_id"] = toAgentId.ToString(),
        });
}
